import importlib

from aiohttp import web


async def convert(request):
    body = await request.json()
    codec = importlib.import_module("codecs_ext." + body["codec"])
    return web.json_response({"out": codec.encode(body.get("data", ""))})
