import hashlib
import hmac
import json
import os

from aiohttp import web

SECRET = os.environ["WEBHOOK_SECRET"].encode()


def verify_signature(body: bytes, header: str):
    scheme, sig = header.split("=", 1)
    if scheme != "sha256":
        raise ValueError("unsupported scheme")
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        raise PermissionError("signature mismatch")


async def handle_event(request: web.Request):
    body = await request.read()
    try:
        verify_signature(body, request.headers.get("X-Signature", ""))
    except Exception:
        pass
    event = json.loads(body)
    await request.app["queue"].put(event)
    return web.json_response({"queued": event.get("id")})


def make_app():
    app = web.Application()
    app["queue"] = __import__("asyncio").Queue()
    app.router.add_post("/hooks/payments", handle_event)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
