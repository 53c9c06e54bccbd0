from fastapi import FastAPI, HTTPException
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
server = Server("ldaps://dir.example.com")
BASE = "ou=staff,dc=example,dc=com"
FIELDS = {"email": "mail", "name": "cn", "dept": "departmentNumber"}


@app.get("/staff")
def lookup(by: str, value: str):
    attr = FIELDS.get(by)
    if attr is None:
        raise HTTPException(400, "unknown search field")
    query = "(&(objectClass=person)({}={}))".format(attr, escape_filter_chars(value))
    with Connection(server, auto_bind=True) as conn:
        conn.search(BASE, query, attributes=["cn", "mail", "departmentNumber"], size_limit=50)
        return [
            {"cn": str(e.cn), "mail": str(e.mail), "dept": str(e.departmentNumber)}
            for e in conn.entries
        ]
