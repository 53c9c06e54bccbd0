"""Positive example for ldap-filter-built-from-input: the "validation" pattern still admits "*" and parentheses."""
import re

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args.get("name", "")
    if not re.match(r"^[\w*()=]+$", name):
        return "invalid", 400
    conn = ldap.initialize("ldap://localhost")
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})"))
