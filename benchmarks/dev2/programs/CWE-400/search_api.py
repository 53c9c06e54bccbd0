from fastapi import FastAPI, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine, Article

app = FastAPI()
MAX_PAGE_SIZE = 100


@app.get("/articles")
def list_articles(
    q: str = Query("", max_length=200),
    page: int = Query(1, ge=1, le=10_000),
    size: int = Query(20, ge=1, le=MAX_PAGE_SIZE),
):
    stmt = select(Article).order_by(Article.published.desc())
    if q:
        stmt = stmt.where(Article.title.ilike(f"%{q}%"))
    stmt = stmt.offset((page - 1) * size).limit(size)
    with Session(engine) as db:
        rows = db.scalars(stmt).all()
    return [{"id": a.id, "title": a.title} for a in rows]
