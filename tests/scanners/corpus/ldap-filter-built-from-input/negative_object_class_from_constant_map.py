"""Negative example for ldap-filter-built-from-input: the request only picks an entry of a fixed
object-class table; the filter contains nothing else from the request."""
from ldap3 import Connection, Server
from starlette.requests import Request
from starlette.responses import JSONResponse

CLASSES = {"people": "inetOrgPerson", "groups": "groupOfNames"}
server = Server("ldaps://dir.example.org")


async def listing(request: Request):
    object_class = CLASSES.get(request.query_params.get("kind", "people"), "inetOrgPerson")
    flt = "(objectClass=%s)" % object_class
    with Connection(server, auto_bind=True) as conn:
        conn.search("dc=example,dc=org", flt, attributes=["cn"])
        return JSONResponse([str(e.cn) for e in conn.entries])
