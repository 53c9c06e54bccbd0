"""Positive example for html-markup-built-from-request: aiohttp query value formatted into a table cell."""

from aiohttp import web


async def lookup(req):
    sku = req.query["sku"]
    html = "<table><tr><td>{}</td></tr></table>".format(sku)
    return web.Response(body=html.encode(), content_type="text/html")
