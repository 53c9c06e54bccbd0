import importlib

import aiohttp
from aiohttp import web

CODECS = {"b64": "base64", "hex": "binascii"}


async def convert(request):
    async with aiohttp.ClientSession() as session:
        async with session.get("https://config.internal/codec") as resp:
            conf = await resp.json()
    codec = importlib.import_module(CODECS.get(request.query.get("codec"), "base64"))
    return web.json_response({"codec": codec.__name__, "conf": conf})
