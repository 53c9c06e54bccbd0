import hmac
import os

from aiohttp import web

FLAGS = {"new_checkout": False, "beta_search": True}
ADMIN_TOKEN = os.environ["FLAG_ADMIN_TOKEN"]


@web.middleware
async def require_admin(request, handler):
    if request.method in ("POST", "PUT", "DELETE"):
        supplied = request.headers.get("X-Admin-Token", "")
        if not hmac.compare_digest(supplied.encode(), ADMIN_TOKEN.encode()):
            raise web.HTTPUnauthorized(text="admin token required")
    return await handler(request)


async def list_flags(request):
    return web.json_response(FLAGS)


async def set_flag(request):
    name = request.match_info["name"]
    if name not in FLAGS:
        raise web.HTTPNotFound(text="no such flag")
    body = await request.json()
    FLAGS[name] = bool(body.get("enabled"))
    return web.json_response({name: FLAGS[name]})


def make_app():
    app = web.Application(middlewares=[require_admin])
    app.router.add_get("/flags", list_flags)
    app.router.add_put("/flags/{name}", set_flag)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=9000)
