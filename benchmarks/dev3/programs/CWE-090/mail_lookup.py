from fastapi import FastAPI, HTTPException
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
server = Server("ldaps://directory.example.net")
SEARCH_BASE = "ou=staff,dc=example,dc=net"


@app.get("/staff/{login}/mail")
def staff_mail(login: str):
    flt = "(&(objectClass=inetOrgPerson)(uid={}))".format(escape_filter_chars(login))
    with Connection(server, auto_bind=True) as conn:
        conn.search(SEARCH_BASE, flt, attributes=["mail"])
        if not conn.entries:
            raise HTTPException(status_code=404, detail="no such user")
        return {"login": login, "mail": str(conn.entries[0].mail)}
