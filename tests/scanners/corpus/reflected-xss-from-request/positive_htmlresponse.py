"""Positive example for reflected-xss-from-request: a FastAPI HTMLResponse around a parameter."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet")
def greet(name: str):
    return HTMLResponse(content="<h1>Hello " + name + "</h1>")
