from flask import Flask, jsonify, request
from ldap3 import Connection, Server, SUBTREE

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.corp.example"
BASE_DN = "ou=people,dc=corp,dc=example"


@app.route("/directory")
def directory():
    who = request.args.get("q", "")
    server = Server(LDAP_URL)
    conn = Connection(server, auto_bind=True)
    search_filter = f"(&(objectClass=person)(|(cn=*{who}*)(mail={who})))"
    conn.search(BASE_DN, search_filter, search_scope=SUBTREE,
                attributes=["cn", "mail", "telephoneNumber"])
    results = [
        {"cn": str(e.cn), "mail": str(e.mail), "phone": str(e.telephoneNumber)}
        for e in conn.entries
    ]
    conn.unbind()
    return jsonify(results)
