from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

api = FastAPI()
MIRRORS = frozenset({"cdn1.example.net", "cdn2.example.net"})


def pick_mirror(raw):
    parts = urlsplit(raw or "")
    if parts.scheme not in ("https",):
        return "/downloads"
    if parts.hostname not in MIRRORS:
        return "/downloads"
    return raw


@api.get("/mirror")
async def go_mirror(request: Request):
    chosen = pick_mirror(request.query_params.get("url"))
    return RedirectResponse(chosen)
