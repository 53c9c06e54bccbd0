import json

import falcon
import redis


class TenantCache:
    def __init__(self, default_host="cache.internal"):
        self.default_host = default_host

    def client_for(self, req):
        host = req.get_header("X-Cache-Node") or self.default_host
        db = int(req.get_param("db", default="0"))
        return redis.Redis(host=host, port=6379, db=db, socket_timeout=2)


class SessionResource:
    def __init__(self, cache):
        self.cache = cache

    def on_get(self, req, resp, session_id):
        client = self.cache.client_for(req)
        raw = client.get(f"session:{session_id}")
        if raw is None:
            raise falcon.HTTPNotFound()
        resp.media = json.loads(raw)


app = falcon.App()
app.add_route("/sessions/{session_id}", SessionResource(TenantCache()))
