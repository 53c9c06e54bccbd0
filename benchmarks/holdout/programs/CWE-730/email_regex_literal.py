import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
EMAILS = [line.strip() for line in open("/srv/emails.txt")]


@app.get("/search")
def search(term: str):
    if len(term) > 64:
        raise HTTPException(400)
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [e for e in EMAILS if rx.search(e)]
