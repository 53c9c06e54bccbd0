from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


def find_member(conn, login):
    conn.search("ou=people,dc=example,dc=org", "(&(objectClass=person)(uid=%s))" % login)
    return conn.entries


@app.route("/member")
def member():
    conn = Connection(Server("ldap://directory.local"), auto_bind=True)
    return str(find_member(conn, request.args["login"]))
