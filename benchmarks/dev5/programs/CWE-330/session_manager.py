"""In-memory session handling for the aiohttp admin console."""
import random
import time

from aiohttp import web

SESSION_TTL = 8 * 3600


class SessionStore:
    def __init__(self):
        self._sessions: dict[str, dict] = {}

    def create(self, username: str) -> str:
        sid = "%032x" % random.getrandbits(128)
        self._sessions[sid] = {"user": username, "created": time.time()}
        return sid

    def get(self, sid: str):
        data = self._sessions.get(sid)
        if data and time.time() - data["created"] < SESSION_TTL:
            return data
        self._sessions.pop(sid, None)
        return None


store = SessionStore()


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    checker = request.app["check_password"]
    if not checker(form.get("username", ""), form.get("password", "")):
        raise web.HTTPUnauthorized()
    sid = store.create(form["username"])
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Strict")
    return resp


async def me(request: web.Request) -> web.Response:
    data = store.get(request.cookies.get("sid", ""))
    if data is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"user": data["user"]})


def build_app(check_password) -> web.Application:
    app = web.Application()
    app["check_password"] = check_password
    app.add_routes([web.post("/login", login), web.get("/me", me)])
    return app
