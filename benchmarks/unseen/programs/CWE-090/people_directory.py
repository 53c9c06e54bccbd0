import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldap://ldap.corp.example:389"
BASE_DN = "ou=people,dc=corp,dc=example"


def lookup(username):
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("cn=reader,dc=corp,dc=example", app.config.get("LDAP_PW", ""))
    search_filter = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(username)
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])


@app.route("/directory")
def directory():
    results = lookup(request.args.get("user", ""))
    return jsonify([{"dn": dn, "cn": attrs.get("cn", [b""])[0].decode()} for dn, attrs in results])
