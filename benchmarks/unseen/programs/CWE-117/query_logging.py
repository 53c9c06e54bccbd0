import logging

from fastapi import FastAPI

logger = logging.getLogger("search")
app = FastAPI()
INDEX = ["apple", "banana", "cherry"]


@app.get("/search")
def search(q: str = ""):
    hits = [w for w in INDEX if q.lower() in w]
    logger.info("query %r returned %d hits", q, len(hits))
    return {"hits": hits}
