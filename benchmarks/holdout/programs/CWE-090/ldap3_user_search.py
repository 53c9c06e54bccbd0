from flask import Flask, request
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.route("/user")
def find_user():
    """Look up a user's common name in the directory."""
    username = escape_filter_chars(request.args.get("username", ""))
    conn = Connection(Server("ldap://ldap.corp.local"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=local", f"(&(objectClass=person)(uid={username}))", attributes=["cn"])
    return str([e.cn.value for e in conn.entries])
