"""Positive example for request-count-drives-unbounded-work: an unbounded FastAPI int parameter."""

import time

from fastapi import FastAPI

app = FastAPI()


@app.get("/wait")
def wait(seconds: int = 1):
    time.sleep(seconds)
    return {"waited": seconds}
