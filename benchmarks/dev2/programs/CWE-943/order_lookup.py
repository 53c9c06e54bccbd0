import motor.motor_asyncio
from aiohttp import web

client = motor.motor_asyncio.AsyncIOMotorClient("mongodb://localhost:27017")
orders = client["shop"]["orders"]


class OrderQuery:
    def __init__(self, customer, min_total):
        self.customer = customer
        self.min_total = min_total

    def to_filter(self):
        clause = f"this.customer === '{self.customer}' && this.total >= {self.min_total}"
        return {"$where": clause}


async def search_orders(request):
    query = OrderQuery(
        request.query.get("customer", ""),
        request.query.get("min_total", "0"),
    )
    cursor = orders.find(query.to_filter(), {"_id": 0}).limit(100)
    return web.json_response(await cursor.to_list(length=100))


app = web.Application()
app.add_routes([web.get("/orders/search", search_orders)])

if __name__ == "__main__":
    web.run_app(app, port=8081)
