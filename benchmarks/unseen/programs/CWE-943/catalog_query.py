from fastapi import FastAPI, Query
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
products = AsyncIOMotorClient()["shop"]["products"]


@app.get("/products")
async def search(max_price: float = Query(100, ge=0), category: str = "all"):
    query = {"price": {"$lte": max_price}}
    if category != "all":
        query["category"] = str(category)
    docs = await products.find(query).to_list(50)
    return [{"name": d["name"], "price": d["price"]} for d in docs]
