"""Negative example for log-entry-from-request: the parameter is logged with %r, so CR/LF show escaped."""

import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("search")


@app.get("/search")
def search(q: str):
    log.info("search for %s", repr(q))
    return {"results": []}
