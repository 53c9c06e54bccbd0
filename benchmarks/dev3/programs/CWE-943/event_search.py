"""Search the event log collection by a free-text tag expression."""
import os

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
events = client["ops"]["events"]


def build_filter(tenant, tag):
    return {"$where": "this.tenant == '%s' && this.tags.indexOf('%s') >= 0" % (tenant, tag)}


async def search(request: web.Request):
    tenant = request.match_info["tenant"]
    tag = request.query.get("tag", "")
    cursor = events.find(build_filter(tenant, tag)).sort("ts", -1).limit(50)
    out = [{"ts": e["ts"].isoformat(), "msg": e["msg"]} async for e in cursor]
    return web.json_response(out)


app = web.Application()
app.router.add_get("/t/{tenant}/events", search)

if __name__ == "__main__":
    web.run_app(app, port=8090)
