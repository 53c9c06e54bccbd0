"""Positive: a FastAPI redirect guard that only looks for the trusted domain as a substring."""
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

api = FastAPI()


def allowed_target(dest: str) -> bool:
    return "docs.example.net" in dest


@api.get("/go")
def go(dest: str):
    if not allowed_target(dest):
        raise HTTPException(400)
    return RedirectResponse(dest)
