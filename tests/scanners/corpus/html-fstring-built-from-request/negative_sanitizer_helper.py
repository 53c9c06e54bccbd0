"""Negative: the request text goes through a module helper that sanitises it with nh3 before the f-string."""
import nh3
from starlette.requests import Request
from starlette.responses import HTMLResponse


def sanitize_comment(text):
    return nh3.clean(text, tags={"b", "i", "p"})


async def preview(request: Request):
    form = await request.form()
    comment = sanitize_comment(request.query_params.get("c", ""))
    return HTMLResponse(f"<section>{comment}</section>")
