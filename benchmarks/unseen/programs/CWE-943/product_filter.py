from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
products = AsyncIOMotorClient()["shop"]["products"]


@app.get("/products")
async def search(max_price: str = "100"):
    query = {"$where": "this.price <= " + max_price}
    docs = await products.find(query).to_list(50)
    return [{"name": d["name"], "price": d["price"]} for d in docs]
