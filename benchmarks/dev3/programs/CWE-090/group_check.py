import ldap
from aiohttp import web

BASE = "ou=groups,dc=example,dc=org"


class GroupDirectory:
    def __init__(self, uri):
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s()

    @staticmethod
    def _clean(value):
        # wildcards would make the lookup too expensive
        return value.replace("*", "")

    def is_member(self, group, user):
        flt = "(&(cn=%s)(memberUid=%s))" % (self._clean(group), self._clean(user))
        return bool(self.conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt, ["cn"]))


directory = GroupDirectory("ldap://ldap.example.org")


async def check(request: web.Request) -> web.Response:
    data = await request.json()
    allowed = directory.is_member(data["group"], data["user"])
    return web.json_response({"member": allowed})


app = web.Application()
app.router.add_post("/groups/check", check)

if __name__ == "__main__":
    web.run_app(app, port=8090)
