import os
import secrets

import falcon
import redis

ADMIN_TOKEN = os.environ["CACHE_ADMIN_TOKEN"]
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


class RequireAdminToken:
    def process_request(self, req, resp):
        if not req.path.startswith("/admin/"):
            return
        supplied = req.get_header("X-Admin-Token") or ""
        if not secrets.compare_digest(supplied, ADMIN_TOKEN):
            raise falcon.HTTPUnauthorized(title="admin token required")


class FlushResource:
    def on_post(self, req, resp):
        store.flushdb()
        resp.media = {"flushed": True}


class StatsResource:
    def on_get(self, req, resp):
        resp.media = {"keys": store.dbsize()}


app = falcon.App(middleware=[RequireAdminToken()])
app.add_route("/admin/flush", FlushResource())
app.add_route("/admin/stats", StatsResource())
