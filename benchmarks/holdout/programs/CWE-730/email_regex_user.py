import re
from fastapi import FastAPI

app = FastAPI()
EMAILS = [line.strip() for line in open("/srv/emails.txt")]


@app.get("/search")
def search(pattern: str):
    rx = re.compile(pattern)
    return [e for e in EMAILS if rx.search(e)]
