import os
import re

from fastapi import FastAPI, Query

app = FastAPI()
LOG_DIR = "/var/log/app"


@app.get("/logs/search")
def search_logs(term: str = Query(..., max_length=200), file: str = "app.log"):
    name = os.path.basename(file)
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = []
    with open(os.path.join(LOG_DIR, name), errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if rx.search(line):
                hits.append({"line": lineno, "text": line.rstrip()})
                if len(hits) >= 500:
                    break
    return {"file": name, "hits": hits}
