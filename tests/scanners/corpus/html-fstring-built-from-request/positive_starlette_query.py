"""Positive: a Starlette query parameter is interpolated into HTML with an f-string, unescaped."""
from starlette.requests import Request
from starlette.responses import HTMLResponse


async def search(request: Request):
    term = request.query_params.get("q", "")
    return HTMLResponse(f"<p>No results for {term}</p>")
