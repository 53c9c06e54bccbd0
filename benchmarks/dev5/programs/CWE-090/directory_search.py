import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=org"


@app.route("/directory")
def directory():
    name = request.args.get("name", "")
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s()
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE,
                            "(&(objectClass=person)(cn=*" + name + "*))",
                            ["cn", "mail", "telephoneNumber"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()}
                    for _, attrs in results])
