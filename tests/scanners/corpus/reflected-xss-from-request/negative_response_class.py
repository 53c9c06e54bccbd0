"""Negative example for reflected-xss-from-request: the HTMLResponse route escapes the parameter."""

import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
async def hello(who: str = "world"):
    return f"<p>Hello {html.escape(who)}</p>"
