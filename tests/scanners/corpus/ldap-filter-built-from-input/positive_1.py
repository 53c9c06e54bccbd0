"""Positive example for ldap-filter-built-from-input: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import ldap
@app.route("/who")
def who():
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://localhost")
    return str(conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))
