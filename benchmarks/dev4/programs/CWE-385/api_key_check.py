import os

from aiohttp import web

SERVICE_KEY = os.environ["INGEST_SERVICE_KEY"]


def key_matches(supplied: str) -> bool:
    if len(supplied) != len(SERVICE_KEY):
        return False
    for a, b in zip(supplied, SERVICE_KEY):
        if a != b:
            return False
    return True


async def ingest(request):
    if not key_matches(request.headers.get("X-Service-Key", "")):
        raise web.HTTPUnauthorized()
    payload = await request.json()
    request.app["events"].append(payload)
    return web.json_response({"queued": len(request.app["events"])})


def make_app():
    app = web.Application()
    app["events"] = []
    app.router.add_post("/ingest", ingest)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
