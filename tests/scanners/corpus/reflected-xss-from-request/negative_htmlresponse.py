"""Negative example for reflected-xss-from-request: escaped HTMLResponse; a plain FastAPI return is JSON."""

import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet")
def greet(name: str):
    return HTMLResponse(content="<h1>Hello " + html.escape(name) + "</h1>")


@app.get("/data")
def data(name: str):
    return "Hello " + name
