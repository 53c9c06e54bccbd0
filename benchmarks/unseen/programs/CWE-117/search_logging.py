import logging

from fastapi import FastAPI

logger = logging.getLogger("search")
app = FastAPI()
INDEX = ["apple", "banana", "cherry"]


@app.get("/search")
def search(q: str = ""):
    logger.info(f"search query={q} results_follow")
    hits = [w for w in INDEX if q.lower() in w]
    logger.info(f"query {q} returned {len(hits)} hits")
    return {"hits": hits}
