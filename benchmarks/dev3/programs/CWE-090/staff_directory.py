from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


@app.route("/directory/search")
def directory_search():
    username = request.args.get("user", "")
    server = Server(LDAP_URL, get_info=ALL)
    conn = Connection(server, "cn=reader,dc=corp,dc=example,dc=com", "reader-pass", auto_bind=True)
    conn.search(
        BASE_DN,
        f"(&(objectClass=person)(uid={username}))",
        attributes=["cn", "mail", "telephoneNumber"],
    )
    people = [
        {"name": str(e.cn), "mail": str(e.mail), "phone": str(e.telephoneNumber)}
        for e in conn.entries
    ]
    conn.unbind()
    return jsonify(people)
