"""Expose values from the device configuration XML by key."""
from aiohttp import web
from lxml import etree

CONFIG_PATH = "/etc/device/config.xml"
FIND_SETTING = etree.XPath("/config/section[@name=$section]/setting[@key=$key]/@value")


def lookup(tree, section, key):
    values = FIND_SETTING(tree, section=section, key=key)
    return str(values[0]) if values else None


async def get_setting(request):
    section = request.match_info["section"]
    key = request.query.get("key", "")
    value = lookup(request.app["tree"], section, key)
    if value is None:
        raise web.HTTPNotFound()
    return web.json_response({"section": section, "key": key, "value": value})


def make_app():
    app = web.Application()
    app["tree"] = etree.parse(CONFIG_PATH)
    app.router.add_get("/settings/{section}", get_setting)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8088)
