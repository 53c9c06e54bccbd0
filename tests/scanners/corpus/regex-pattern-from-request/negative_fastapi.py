"""Negative example for regex-pattern-from-request: the parameter is escaped into a literal pattern."""

import re

from fastapi import FastAPI

app = FastAPI()
NAMES = ["alice", "bob"]


@app.get("/filter")
def filter_names(pattern: str):
    rx = re.compile(re.escape(pattern))
    return [n for n in NAMES if rx.search(n)]
