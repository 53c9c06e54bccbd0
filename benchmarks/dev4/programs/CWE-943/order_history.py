"""FastAPI endpoint returning a customer's orders from MongoDB."""
from datetime import datetime
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pymongo import DESCENDING, MongoClient

app = FastAPI()
orders = MongoClient("mongodb://localhost:27017")["shop"]["orders"]
STATUSES = {"pending", "paid", "shipped", "cancelled"}


def order_filter(customer_id: str, status: Optional[str], since: Optional[datetime]):
    query = {"customer_id": {"$eq": customer_id}}
    if status is not None:
        if status not in STATUSES:
            raise HTTPException(status_code=400, detail="unknown status")
        query["status"] = {"$eq": status}
    if since is not None:
        query["created_at"] = {"$gte": since}
    return query


@app.get("/customers/{customer_id}/orders")
def list_orders(customer_id: str, status: Optional[str] = Query(None),
                since: Optional[datetime] = Query(None)):
    cursor = orders.find(order_filter(customer_id, status, since)).sort("created_at", DESCENDING)
    return [
        {"id": str(o["_id"]), "status": o["status"], "total": o["total"]}
        for o in cursor.limit(100)
    ]
