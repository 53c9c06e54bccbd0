"""Lets integrators register a webhook URL and send a test delivery to it."""
import json
import time
import uuid

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


class WebhookRegistry:
    def __init__(self):
        self._hooks = {}

    def add(self, account_id, url):
        hook_id = uuid.uuid4().hex
        self._hooks[hook_id] = {"account": account_id, "url": url}
        return hook_id

    def get(self, hook_id, account_id):
        hook = self._hooks.get(hook_id)
        if hook is None or hook["account"] != account_id:
            raise web.HTTPNotFound()
        return hook


registry = WebhookRegistry()


@routes.post("/webhooks")
async def register(request):
    body = await request.json()
    hook_id = registry.add(request["account_id"], body["url"])
    return web.json_response({"id": hook_id}, status=201)


@routes.post("/webhooks/{hook_id}/test")
async def send_test(request):
    hook = registry.get(request.match_info["hook_id"], request["account_id"])
    payload = {"type": "ping", "sent_at": time.time()}
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        async with client.post(hook["url"], data=json.dumps(payload),
                               headers={"Content-Type": "application/json"}) as resp:
            body = await resp.text()
    return web.json_response({"status": resp.status, "response": body[:2000]})


def make_app(auth_middleware):
    app = web.Application(middlewares=[auth_middleware])
    app.add_routes(routes)
    return app
