from pathlib import Path

from aiohttp import web

DOCS_ROOT = Path("/opt/handbook/docs").resolve()


async def show_doc(request: web.Request) -> web.Response:
    rel = request.match_info["doc"]
    target = (DOCS_ROOT / rel).resolve()
    if not target.is_relative_to(DOCS_ROOT) or target.suffix != ".md":
        raise web.HTTPNotFound()
    if not target.exists():
        raise web.HTTPNotFound()
    text = target.read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/markdown")


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/docs/{doc:.+}", show_doc)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
