"""aiohttp phone book backed by OpenLDAP (python-ldap)."""
import ldap
import ldap.filter
from aiohttp import web

BASE = "ou=staff,dc=acme,dc=test"
FIELDS = {"surname": "sn", "first": "givenName", "dept": "departmentNumber"}


def build_filter(params):
    parts = ["(objectClass=inetOrgPerson)"]
    for key, attr in FIELDS.items():
        value = params.get(key)
        if value:
            parts.append("(%s=%s*)" % (attr, ldap.filter.escape_filter_chars(value)))
    return "(&" + "".join(parts) + ")"


class PhoneBook:
    def __init__(self, uri="ldap://ldap.acme.test"):
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s()

    def lookup(self, params):
        flt = build_filter(params)
        res = self.conn.search_s(BASE, ldap.SCOPE_ONELEVEL, flt, ["cn", "telephoneNumber"])
        return [{"cn": a.get("cn", [b""])[0].decode(),
                 "phone": a.get("telephoneNumber", [b""])[0].decode()} for _, a in res]


async def handle(request):
    book = request.app["book"]
    return web.json_response(book.lookup(request.query))


def make_app():
    app = web.Application()
    app["book"] = PhoneBook()
    app.router.add_get("/phonebook", handle)
    return app
