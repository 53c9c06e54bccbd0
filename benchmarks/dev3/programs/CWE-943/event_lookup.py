"""Search the event log collection by tag."""
import os

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
events = client["ops"]["events"]


def build_filter(tenant: str, tag: str):
    return {"tenant": {"$eq": tenant}, "tags": {"$eq": tag}}


async def search(request: web.Request):
    tenant = request.match_info["tenant"]
    tag = request.query.get("tag", "")
    if not tag:
        raise web.HTTPBadRequest(text="tag is required")
    cursor = events.find(build_filter(tenant, tag)).sort("ts", -1).limit(50)
    out = [{"ts": e["ts"].isoformat(), "msg": e["msg"]} async for e in cursor]
    return web.json_response(out)


app = web.Application()
app.router.add_get("/t/{tenant}/events", search)

if __name__ == "__main__":
    web.run_app(app, port=8090)
