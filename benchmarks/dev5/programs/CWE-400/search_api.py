from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2://app@db/catalog", pool_size=10)
MAX_PAGE = 100


@app.get("/products")
def products(q: str = Query("", max_length=100), page: int = Query(1, ge=1, le=1000),
             per_page: int = Query(20, ge=1, le=MAX_PAGE)):
    offset = (page - 1) * per_page
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, name, price FROM products WHERE name ILIKE :q ORDER BY id LIMIT :lim OFFSET :off"),
            {"q": f"%{q}%", "lim": per_page, "off": offset},
        ).mappings().all()
    return {"page": page, "items": [dict(r) for r in rows]}
