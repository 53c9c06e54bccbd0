import psycopg2
from psycopg2.extras import RealDictCursor
from fastapi import FastAPI, Query

app = FastAPI()
DSN = "dbname=inventory user=inventory_ro host=db"


@app.get("/items")
def search_items(name: str = Query(""), min_stock: int = Query(0, ge=0)):
    pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with psycopg2.connect(DSN) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(
                "SELECT sku, name, stock FROM items WHERE name ILIKE %s AND stock >= %s ORDER BY name",
                (pattern, min_stock),
            )
            return cur.fetchall()
