"""Negative example for ldap-filter-built-from-input: both values must match a strict word pattern first."""
import re

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    dc = request.args.get("dc", "")
    name = request.args.get("name", "")
    if not re.fullmatch(r"^[\w-]+$", dc) or not re.fullmatch(r"^[\w.-]+$", name):
        return "invalid", 400
    conn = ldap.initialize("ldap://localhost")
    return str(conn.search_s(f"dc={dc},dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})"))
