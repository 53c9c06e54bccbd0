"""Positive example for regex-pattern-from-request: a FastAPI parameter compiled as a pattern."""

import re

from fastapi import FastAPI

app = FastAPI()
NAMES = ["alice", "bob"]


@app.get("/filter")
def filter_names(pattern: str):
    rx = re.compile(pattern)
    return [n for n in NAMES if rx.search(n)]
