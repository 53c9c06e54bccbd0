import logging

from aiohttp import web

logger = logging.getLogger("api.access")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")


class ClientInfo:
    def __init__(self, request):
        self.agent = request.headers.get("User-Agent", "-")
        self.client_id = request.headers.get("X-Client-Id", "anonymous")
        self.path = request.path

    def describe(self):
        return "client=%s agent=%s path=%s" % (self.client_id, self.agent, self.path)


@web.middleware
async def access_log(request, handler):
    info = ClientInfo(request)
    response = await handler(request)
    logger.info("%s status=%d", info.describe(), response.status)
    return response


async def items(request):
    return web.json_response({"items": [1, 2, 3]})


app = web.Application(middlewares=[access_log])
app.router.add_get("/items", items)

if __name__ == "__main__":
    web.run_app(app, port=8082)
