import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()


def get_conn():
    return psycopg2.connect("dbname=crm user=crm_app host=db.internal")


@app.get("/customers/{cid}")
def customer(cid: int):
    try:
        with get_conn() as conn, conn.cursor() as cur:
            cur.execute("SELECT id, name, tier FROM customers WHERE id = %s", (cid,))
            row = cur.fetchone()
    except psycopg2.Error as err:
        raise HTTPException(status_code=500, detail=f"database error: {err}")
    if row is None:
        raise HTTPException(status_code=404, detail="not found")
    return {"id": row[0], "name": row[1], "tier": row[2]}
