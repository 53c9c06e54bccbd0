import motor.motor_asyncio
from aiohttp import web

client = motor.motor_asyncio.AsyncIOMotorClient("mongodb://localhost:27017")
invoices = client["billing"]["invoices"]


def build_filter(customer: str, min_total: str) -> dict:
    try:
        threshold = float(min_total)
    except ValueError:
        raise web.HTTPBadRequest(text="min_total must be a number")
    return {"customer": {"$eq": customer}, "total": {"$gte": threshold}}


async def search_invoices(request: web.Request) -> web.Response:
    flt = build_filter(request.query.get("customer", ""), request.query.get("min_total", "0"))
    cursor = invoices.find(flt, {"_id": 0}).sort("issued", -1).limit(100)
    return web.json_response(await cursor.to_list(length=100))


app = web.Application()
app.add_routes([web.get("/invoices/search", search_invoices)])

if __name__ == "__main__":
    web.run_app(app, port=8082)
