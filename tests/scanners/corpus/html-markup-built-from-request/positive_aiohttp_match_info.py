"""Positive example for html-markup-built-from-request: an aiohttp route echoes a path value as markup."""

from aiohttp import web


async def greet(request):
    who = request.match_info.get("who", "guest")
    return web.Response(text="<h1>Hello " + who + "</h1>", content_type="text/html")


app = web.Application()
app.router.add_get("/hello/{who}", greet)
