"""Negative example for request-count-drives-unbounded-work: Query(le=...) bounds the parameter."""

import time

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/wait")
def wait(seconds: int = Query(1, ge=0, le=5)):
    time.sleep(seconds)
    return {"waited": seconds}
