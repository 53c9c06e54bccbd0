"""Negative: a quota check counts the request first and refuses above the quota before serving: QUOTA requests pass."""
MAX_REQUESTS = 100


class Meter:
    def __init__(self):
        self.requests = 0

    def serve(self, handler, req):
        self.requests += 1
        if self.requests > MAX_REQUESTS:
            return 429
        return handler(req)
