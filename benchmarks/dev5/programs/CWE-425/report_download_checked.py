import os

from aiohttp import web

REPORT_DIR = "/srv/reports"


async def download(request: web.Request) -> web.StreamResponse:
    user = request.app["sessions"].get(request.cookies.get("sid", ""))
    if user is None:
        raise web.HTTPUnauthorized()
    name = os.path.basename(request.match_info["name"])
    if not name.startswith(f"{user}-") or not name.endswith(".pdf"):
        raise web.HTTPForbidden()
    path = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(path):
        raise web.HTTPNotFound()
    return web.FileResponse(path)


def make_app(sessions: dict) -> web.Application:
    app = web.Application()
    app["sessions"] = sessions
    app.router.add_get("/reports/{name}", download)
    return app
