from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
CLICKS = {}


def record(url: str) -> str:
    CLICKS[url] = CLICKS.get(url, 0) + 1
    return url


@app.get("/out")
def outbound(u: str):
    destination = record(u)
    return RedirectResponse(destination, status_code=302)
