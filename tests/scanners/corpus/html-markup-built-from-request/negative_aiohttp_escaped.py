"""Negative example for html-markup-built-from-request: the aiohttp query value is escaped first."""

import html

from aiohttp import web


async def lookup(request):
    sku = html.escape(request.query.get("sku", ""))
    return web.Response(text="<p>SKU " + sku + "</p>", content_type="text/html")
