from flask import Flask, jsonify, request
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE_DN = "ou=groups,dc=corp,dc=example"


@app.route("/groups/members")
def group_members():
    group = request.args.get("group", "")
    conn = Connection(Server("ldaps://ldap.corp.example"), auto_bind=True)
    try:
        conn.search(
            BASE_DN,
            f"(&(objectClass=groupOfNames)(cn={escape_filter_chars(group)}))",
            search_scope=SUBTREE,
            attributes=["member"],
        )
        members = [m for e in conn.entries for m in e.member.values]
    finally:
        conn.unbind()
    return jsonify(group=group, members=members)
