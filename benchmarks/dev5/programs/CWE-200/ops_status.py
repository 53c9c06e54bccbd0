"""Operations status page for the billing service (aiohttp)."""
import os
import platform
import time

from aiohttp import web

STARTED = time.time()


class StatusCollector:
    def __init__(self, app):
        self.app = app

    def runtime(self):
        return {
            "python": platform.python_version(),
            "host": platform.node(),
            "uptime_s": int(time.time() - STARTED),
        }

    def config(self):
        return {key: value for key, value in os.environ.items()
                if key.startswith(("BILLING_", "DATABASE_", "STRIPE_", "AWS_"))}

    def snapshot(self):
        return {"runtime": self.runtime(), "config": self.config(),
                "routes": [str(r) for r in self.app.router.routes()]}


async def status(request):
    return web.json_response(request.app["collector"].snapshot())


def make_app():
    app = web.Application()
    app["collector"] = StatusCollector(app)
    app.router.add_get("/status", status)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="0.0.0.0", port=8088)
