import hashlib
import time

from aiohttp import web

SESSIONS = {}


def make_session_id(username: str) -> str:
    seed = f"{username}:{int(time.time())}"
    return hashlib.sha256(seed.encode()).hexdigest()


async def login(request):
    form = await request.post()
    user = form.get("username", "")
    if not await request.app["auth"].check(user, form.get("password", "")):
        raise web.HTTPUnauthorized()
    sid = make_session_id(user)
    SESSIONS[sid] = {"user": user}
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp


async def whoami(request):
    sess = SESSIONS.get(request.cookies.get("sid", ""))
    if not sess:
        raise web.HTTPUnauthorized()
    return web.json_response(sess)


def make_app(auth):
    app = web.Application()
    app["auth"] = auth
    app.add_routes([web.post("/login", login), web.get("/whoami", whoami)])
    return app
