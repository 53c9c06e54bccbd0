"""Positive example for log-entry-from-request: a FastAPI query parameter logged as it is."""

import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("search")


@app.get("/search")
def search(q: str):
    log.info("search for %s", q)
    return {"results": []}
