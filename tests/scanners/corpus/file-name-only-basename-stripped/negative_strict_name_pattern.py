"""Negative: the page title must fully match a short alphanumeric pattern and gets a fixed extension before it names a file."""
import os
import re

from starlette.requests import Request
from starlette.responses import PlainTextResponse

PAGES = "/var/www/site/pages"


async def save_page(request: Request) -> PlainTextResponse:
    title = os.path.basename(request.path_params["title"])
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", title):
        return PlainTextResponse("bad title", status_code=400)
    with open(os.path.join(PAGES, title + ".txt"), "w") as fh:
        fh.write((await request.body()).decode())
    return PlainTextResponse("saved", status_code=201)
