import hashlib
import hmac
import json

from aiohttp import web


class PartnerConfig:
    partner_id = "acme-logistics"
    api_base = "https://api.acme-logistics.example/v1"
    api_key = "ak_live_7f3d9c2e51b84a0f9e6d2c1b"
    webhook_secret = b"whsec_2b9e7c4d1a6f8e3b"


async def receive_webhook(request):
    body = await request.read()
    expected = hmac.new(PartnerConfig.webhook_secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        raise web.HTTPUnauthorized()
    event = json.loads(body)
    request.app["events"].append(event)
    return web.json_response({"received": event.get("id")})


async def partner_status(request):
    session = request.app["client"]
    async with session.get(
        f"{PartnerConfig.api_base}/status",
        headers={"Authorization": f"Bearer {PartnerConfig.api_key}"},
    ) as resp:
        return web.json_response(await resp.json())


async def on_startup(app):
    import aiohttp

    app["client"] = aiohttp.ClientSession()
    app["events"] = []


app = web.Application()
app.on_startup.append(on_startup)
app.add_routes([web.post("/webhooks/acme", receive_webhook), web.get("/acme/status", partner_status)])

if __name__ == "__main__":
    web.run_app(app)
