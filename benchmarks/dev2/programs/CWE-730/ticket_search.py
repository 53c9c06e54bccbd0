import re

from fastapi import FastAPI, Query

app = FastAPI()
TICKETS = [
    {"id": 1, "subject": "Printer on 3rd floor jams"},
    {"id": 2, "subject": "VPN drops every hour"},
    {"id": 3, "subject": "Request: new laptop (c++ dev)"},
]


@app.get("/tickets")
def find_tickets(q: str = Query(..., min_length=1, max_length=100), whole_word: bool = False):
    term = re.escape(q)
    if whole_word:
        term = rf"\b{term}\b"
    matcher = re.compile(term, re.IGNORECASE)
    return [t for t in TICKETS if matcher.search(t["subject"])]
