"""aiohttp service accepting purchase orders as XML."""
from aiohttp import web
from lxml import etree


def make_parser():
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
    )


def parse_order(body: bytes):
    root = etree.fromstring(body, parser=make_parser())
    order = {"id": root.get("id"), "items": []}
    for node in root.findall("item"):
        order["items"].append({
            "sku": node.get("sku"),
            "qty": int(node.get("qty", "1")),
        })
    return order


async def submit(request):
    body = await request.read()
    try:
        order = parse_order(body)
    except (etree.XMLSyntaxError, ValueError):
        raise web.HTTPBadRequest(text="malformed order")
    return web.json_response({"order": order["id"], "lines": len(order["items"])})


app = web.Application()
app.router.add_post("/orders", submit)

if __name__ == "__main__":
    web.run_app(app, port=8090)
