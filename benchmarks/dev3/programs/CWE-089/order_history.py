import sqlite3

from fastapi import FastAPI

app = FastAPI()
conn = sqlite3.connect("shop.db", check_same_thread=False)


@app.get("/customers/{customer_id}/orders")
def order_history(customer_id: str, status: str | None = None):
    sql = "SELECT id, total, status, created_at FROM orders WHERE customer_id = ?"
    params = [customer_id]
    if status:
        sql += " AND status = ?"
        params.append(status)
    rows = conn.execute(sql, params).fetchall()
    return [dict(zip(("id", "total", "status", "created_at"), r)) for r in rows]
