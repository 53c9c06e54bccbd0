"""aiohttp endpoint that sends a test event to a user-configured webhook."""
import json
import urllib.request

from aiohttp import web


class WebhookConfig:
    def __init__(self, scheme, host, port, path):
        self.scheme, self.host, self.port, self.path = scheme, host, port, path

    @property
    def url(self):
        return "{}://{}:{}{}".format(self.scheme, self.host, self.port, self.path)


def deliver(config, event):
    req = urllib.request.Request(
        config.url,
        data=json.dumps(event).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status, resp.read(2048).decode(errors="replace")


async def test_webhook(request):
    body = await request.json()
    config = WebhookConfig(
        body.get("scheme", "https"), body["host"], int(body.get("port", 443)), body.get("path", "/")
    )
    status, reply = deliver(config, {"type": "ping", "id": 0})
    return web.json_response({"status": status, "reply": reply})


app = web.Application()
app.router.add_post("/webhooks/test", test_webhook)
