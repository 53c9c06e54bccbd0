"""Serves generated PDF reports. Links are only shown on the dashboard to users who own them."""
import os

from aiohttp import web

REPORT_DIR = "/srv/reports"


async def dashboard(request: web.Request) -> web.Response:
    user = request.get("user")
    if user is None:
        raise web.HTTPFound("/login")
    names = sorted(n for n in os.listdir(REPORT_DIR) if n.startswith(f"{user}-"))
    links = "".join(f'<li><a href="/reports/{n}">{n}</a></li>' for n in names)
    return web.Response(text=f"<ul>{links}</ul>", content_type="text/html")


@web.middleware
async def session_user(request, handler):
    request["user"] = request.app["sessions"].get(request.cookies.get("sid", ""))
    return await handler(request)


def make_app(sessions: dict) -> web.Application:
    app = web.Application(middlewares=[session_user])
    app["sessions"] = sessions
    app.router.add_get("/", dashboard)
    app.router.add_static("/reports/", REPORT_DIR, show_index=False)
    return app


if __name__ == "__main__":
    web.run_app(make_app({}), port=8090)
