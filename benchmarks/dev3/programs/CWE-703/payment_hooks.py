import asyncio
import hashlib
import hmac
import json
import logging
import os

from aiohttp import web

SECRET = os.environ["WEBHOOK_SECRET"].encode()
log = logging.getLogger("hooks")


def verify_signature(body: bytes, header: str):
    scheme, _, sig = header.partition("=")
    if scheme != "sha256" or not sig:
        raise ValueError("unsupported or missing signature")
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        raise PermissionError("signature mismatch")


async def handle_event(request: web.Request):
    body = await request.read()
    try:
        verify_signature(body, request.headers.get("X-Signature", ""))
    except (ValueError, PermissionError) as exc:
        log.warning("rejected webhook: %s", exc)
        return web.json_response({"error": "invalid signature"}, status=401)
    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        return web.json_response({"error": "invalid json"}, status=400)
    await request.app["queue"].put(event)
    return web.json_response({"queued": event.get("id")})


def make_app():
    app = web.Application()
    app["queue"] = asyncio.Queue()
    app.router.add_post("/hooks/payments", handle_event)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
