import os
import secrets

from aiohttp import web

EXPORT_DIR = "/srv/exports"


async def create_export(request):
    user = request["user"]
    token = secrets.token_urlsafe(24)
    name = f"{token}.csv"
    with open(os.path.join(EXPORT_DIR, name), "w") as fh:
        fh.write("id,total\n1,10\n")
    request.app["exports"][token] = user
    return web.json_response({"download": f"/exports/{token}"})


async def fetch_export(request):
    token = request.match_info["token"]
    owner = request.app["exports"].get(token)
    if owner is None or owner != request["user"]:
        raise web.HTTPNotFound()
    return web.FileResponse(os.path.join(EXPORT_DIR, f"{token}.csv"))


@web.middleware
async def auth(request, handler):
    user = request.app["sessions"].get(request.cookies.get("sid", ""))
    if user is None:
        raise web.HTTPUnauthorized()
    request["user"] = user
    return await handler(request)


def make_app(sessions):
    app = web.Application(middlewares=[auth])
    app["sessions"] = sessions
    app["exports"] = {}
    app.router.add_post("/exports", create_export)
    app.router.add_get("/exports/{token}", fetch_export)
    return app
