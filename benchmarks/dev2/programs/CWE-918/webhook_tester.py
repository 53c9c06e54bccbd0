import json
from urllib.parse import urlparse

import tornado.httpclient
import tornado.ioloop
import tornado.web

BLOCKED_HOSTS = {"localhost", "127.0.0.1", "169.254.169.254", "metadata.google.internal"}


class WebhookTarget:
    def __init__(self, url):
        self.url = url

    def permitted(self):
        host = (urlparse(self.url).hostname or "").lower()
        return host not in BLOCKED_HOSTS


class TestWebhookHandler(tornado.web.RequestHandler):
    async def post(self):
        body = json.loads(self.request.body)
        target = WebhookTarget(body["callback_url"])
        if not target.permitted():
            raise tornado.web.HTTPError(400, "callback host not allowed")
        client = tornado.httpclient.AsyncHTTPClient()
        result = await client.fetch(
            target.url,
            method="POST",
            body=json.dumps({"event": "test", "ok": True}),
            headers={"Content-Type": "application/json"},
            raise_error=False,
        )
        self.write({"status": result.code, "response": result.body[:500].decode(errors="replace")})


if __name__ == "__main__":
    tornado.web.Application([(r"/webhooks/test", TestWebhookHandler)]).listen(8080)
    tornado.ioloop.IOLoop.current().start()
