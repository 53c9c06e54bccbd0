"""Positive example for flask-debug-mode-enabled: a FastAPI app in debug mode returns tracebacks."""

from fastapi import FastAPI

app = FastAPI(debug=True)


@app.get("/")
def index():
    return {"ok": True}
