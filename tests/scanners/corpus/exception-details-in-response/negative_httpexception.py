"""Negative example for exception-details-in-response: the detail is generic, the exception is logged."""

import logging

from fastapi import FastAPI, HTTPException

app = FastAPI()
log = logging.getLogger(__name__)


@app.get("/items/{item_id}")
def item(item_id: int):
    try:
        return load(item_id)
    except Exception as exc:
        log.exception("loading item %s failed: %s", item_id, exc)
        raise HTTPException(status_code=500, detail="internal error") from None


def load(i):
    return {}
