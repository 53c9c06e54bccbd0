"""Positive: the request value is formatted into the search base DN (DN injection) while the filter is constant."""
import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)
server = ldap.initialize("ldap://directory.internal")


@app.get("/team")
def team():
    unit = request.args["unit"]
    rows = server.search_s(f"ou={unit},dc=internal", ldap.SCOPE_ONELEVEL, "(objectClass=person)", ["cn"])
    return jsonify([dn for dn, _ in rows])
