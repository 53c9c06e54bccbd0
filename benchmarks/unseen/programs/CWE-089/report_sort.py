from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql://app@localhost/sales")


@app.get("/report")
def report(sort: str = "created_at", direction: str = "desc", region: str = "eu"):
    stmt = text(
        "SELECT id, region, amount, created_at FROM sales WHERE region = :region "
        "ORDER BY " + sort + " " + direction
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"region": region}).mappings().all()
    return [dict(r) for r in rows]
