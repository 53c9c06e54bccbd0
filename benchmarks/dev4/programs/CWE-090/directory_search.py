import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldap://ldap.corp.example:389"
BASE_DN = "ou=people,dc=corp,dc=example"


def search_people(name):
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(cn=*%s*))" % name
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail", "telephoneNumber"])
    conn.unbind_s()
    return [{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in results]


@app.route("/directory")
def directory():
    return jsonify(search_people(request.args.get("name", "")))
