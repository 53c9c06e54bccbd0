import os

from aiohttp import web

SERVICE_KEY = os.environ.get("INGEST_KEY", "")


def key_matches(presented):
    expected = SERVICE_KEY
    return presented is expected


async def ingest(request):
    presented = request.headers.get("X-Ingest-Key", "")
    if not SERVICE_KEY or not key_matches(presented):
        raise web.HTTPUnauthorized(text="missing or wrong key")
    body = await request.json()
    events = body.get("events", [])
    request.app["events"].extend(events)
    return web.json_response({"accepted": len(events)})


async def stats(request):
    return web.json_response({"stored": len(request.app["events"])})


def make_app():
    app = web.Application()
    app["events"] = []
    app.router.add_post("/ingest", ingest)
    app.router.add_get("/stats", stats)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
