import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def find_user():
    """Look up a user's common name in the directory."""
    username = request.args.get("username")
    conn = ldap.initialize("ldap://ldap.corp.local")
    query = "(&(objectClass=person)(uid=" + username + "))"
    result = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, query, ["cn"])
    return str(result)
