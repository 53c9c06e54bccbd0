from fastapi import FastAPI
import sqlite3

app = FastAPI()


@app.post("/admin/purge")
def purge():
    conn = sqlite3.connect("app.db")
    conn.execute("DELETE FROM users")
    conn.execute("DELETE FROM orders")
    conn.commit()
    return {"status": "purged"}
