"""Serve per-tenant theme assets over a tiny aiohttp service."""
import mimetypes
from pathlib import Path

from aiohttp import web

THEMES_ROOT = Path("/var/lib/themes")


class ThemeStore:
    def __init__(self, root):
        self.root = root

    def asset_path(self, tenant, asset):
        base = self.root / tenant / "assets"
        return base / asset

    def read(self, tenant, asset):
        path = self.asset_path(tenant, asset)
        return path.read_bytes(), mimetypes.guess_type(str(path))[0]


store = ThemeStore(THEMES_ROOT)


async def get_asset(request):
    tenant = request.match_info["tenant"]
    asset = request.query.get("name", "style.css")
    try:
        body, ctype = store.read(tenant, asset)
    except FileNotFoundError:
        raise web.HTTPNotFound()
    return web.Response(body=body, content_type=ctype or "application/octet-stream")


def make_app():
    app = web.Application()
    app.router.add_get("/themes/{tenant}/asset", get_asset)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
