"""aiohttp search over rental listings stored in MongoDB (motor)."""
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://localhost:27017")
listings = client["rentals"]["listings"]


def build_filter(city, max_rent):
    clause = "this.city == '{}' && this.rent <= {}".format(city, max_rent)
    return {"$where": clause, "published": True}


async def search(request):
    city = request.query.get("city", "")
    max_rent = request.query.get("max_rent", "100000")
    cursor = listings.find(build_filter(city, max_rent)).limit(50)
    results = []
    async for doc in cursor:
        results.append({"id": str(doc["_id"]), "title": doc["title"], "rent": doc["rent"]})
    return web.json_response(results)


app = web.Application()
app.router.add_get("/listings", search)

if __name__ == "__main__":
    web.run_app(app, port=8077)
