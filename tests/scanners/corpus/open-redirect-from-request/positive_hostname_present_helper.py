from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

api = FastAPI()


def pick_mirror(raw):
    parts = urlsplit(raw or "")
    if parts.scheme not in ("http", "https"):
        return "/downloads"
    if not parts.hostname:
        return "/downloads"
    return raw


@api.get("/mirror")
async def go_mirror(request: Request):
    chosen = pick_mirror(request.query_params.get("url"))
    return RedirectResponse(chosen)
