"""Negative example for open-redirect-from-request: the FastAPI parameter must be a known local page."""
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PAGES = {"/", "/help", "/account"}


@app.get("/go")
def go(to: str):
    if to in PAGES:
        return RedirectResponse(to)
    return RedirectResponse("/")
