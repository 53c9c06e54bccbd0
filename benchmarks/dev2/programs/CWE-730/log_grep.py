import re

from fastapi import FastAPI, Query

app = FastAPI()
LOG_FILE = "/var/log/app/service.log"


def tail(path, limit=5000):
    with open(path, errors="replace") as fh:
        return fh.readlines()[-limit:]


@app.get("/logs/search")
def search_logs(pattern: str = Query(..., max_length=200), ignore_case: bool = False):
    flags = re.IGNORECASE if ignore_case else 0
    try:
        matcher = re.compile(pattern, flags)
    except re.error as exc:
        return {"error": f"invalid pattern: {exc}"}
    hits = [line.rstrip("\n") for line in tail(LOG_FILE) if matcher.search(line)]
    return {"count": len(hits), "lines": hits[:200]}
