"""Positive example for open-redirect-from-request: a FastAPI query parameter becomes the redirect."""
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/go")
def go(to: str):
    return RedirectResponse(to)
