import random
import time

from aiohttp import web


class SessionStore:
    def __init__(self, ttl=1800):
        self.ttl = ttl
        self._sessions = {}
        self._rng = random.Random()

    def new_id(self) -> str:
        return "%032x" % self._rng.getrandbits(128)

    def create(self, user: str) -> str:
        sid = self.new_id()
        self._sessions[sid] = (user, time.time() + self.ttl)
        return sid

    def lookup(self, sid: str):
        entry = self._sessions.get(sid)
        if entry and entry[1] > time.time():
            return entry[0]
        return None


store = SessionStore()


async def login(request):
    data = await request.post()
    from .auth import check_credentials
    if not check_credentials(data.get("user"), data.get("password")):
        raise web.HTTPUnauthorized()
    resp = web.json_response({"ok": True})
    resp.set_cookie("session", store.create(data["user"]), httponly=True, secure=True)
    return resp


app = web.Application()
app.router.add_post("/login", login)
