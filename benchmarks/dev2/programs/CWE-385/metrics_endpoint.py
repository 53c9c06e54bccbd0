import os

from aiohttp import web

SCRAPE_TOKEN = os.environ["METRICS_SCRAPE_TOKEN"]


@web.middleware
async def token_auth(request, handler):
    supplied = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if supplied != SCRAPE_TOKEN:
        raise web.HTTPUnauthorized()
    return await handler(request)


async def metrics(request):
    from .collector import render_prometheus
    return web.Response(text=render_prometheus(), content_type="text/plain")


app = web.Application(middlewares=[token_auth])
app.router.add_get("/metrics", metrics)

if __name__ == "__main__":
    web.run_app(app, port=9102)
