"""Negative example for generated-files-served-unauthenticated: each statement gets an unguessable random
name, so its link works as a capability."""

import os
import secrets

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATEMENTS = "/srv/statements"
app = FastAPI()
app.mount("/statements", StaticFiles(directory=STATEMENTS), name="statements")


def publish_statement(account_id: int, month: str, pdf: bytes) -> str:
    name = f"{secrets.token_urlsafe(24)}.pdf"
    with open(os.path.join(STATEMENTS, name), "wb") as out:
        out.write(pdf)
    return f"/statements/{name}"
