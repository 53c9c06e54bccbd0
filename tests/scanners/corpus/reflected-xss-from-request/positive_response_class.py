"""Positive example for reflected-xss-from-request: a route declared HTMLResponse returns a parameter."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
async def hello(who: str = "world"):
    return f"<p>Hello {who}</p>"
