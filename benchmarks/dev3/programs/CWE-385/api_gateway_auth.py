import hashlib
import hmac

from aiohttp import web


@web.middleware
async def api_key_auth(request, handler):
    presented = request.headers.get("X-Api-Key", "")
    digest = hashlib.sha256(presented.encode()).digest()
    for stored_digest, client in request.app["keys"].items():
        if hmac.compare_digest(stored_digest, digest):
            request["client"] = client
            return await handler(request)
    raise web.HTTPUnauthorized()


async def status(request):
    return web.json_response({"client": request["client"], "ok": True})


def build(keys_by_digest):
    app = web.Application(middlewares=[api_key_auth])
    app["keys"] = keys_by_digest
    app.router.add_get("/status", status)
    return app
