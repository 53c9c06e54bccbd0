"""Positive example for ldap-filter-built-from-input: the table lookup falls back to the raw input,
so an unknown key passes straight into the filter."""
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
GROUP_ALIASES = {"eng": "engineering", "ops": "operations"}


@app.route("/members")
def members():
    wanted = request.args.get("group", "")
    group = GROUP_ALIASES.get(wanted, wanted)
    conn = Connection(Server("ldap://dir"), auto_bind=True)
    conn.search("ou=groups,dc=ex,dc=org", f"(cn={group})", attributes=["member"])
    return {"members": [str(e.member) for e in conn.entries]}
