"""Positive: a Starlette endpoint saves a page under the title from the URL, only basename-stripped, in the folder the web server publishes (".htaccess" or "x.html" are accepted)."""
import os

from starlette.requests import Request
from starlette.responses import PlainTextResponse

PAGES = "/var/www/site/pages"


async def save_page(request: Request) -> PlainTextResponse:
    title = request.path_params["title"]
    text = (await request.body()).decode()
    with open(os.path.join(PAGES, os.path.basename(title)), "w") as fh:
        fh.write(text)
    return PlainTextResponse("saved", status_code=201)
