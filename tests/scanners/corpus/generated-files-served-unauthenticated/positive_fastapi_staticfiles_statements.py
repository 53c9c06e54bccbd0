"""Positive example for generated-files-served-unauthenticated: monthly statements are written into the
directory mounted as public static files, named after the account id and month."""

import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATEMENTS = "/srv/statements"
app = FastAPI()
app.mount("/statements", StaticFiles(directory=STATEMENTS), name="statements")


def publish_statement(account_id: int, month: str, pdf: bytes) -> str:
    with open(os.path.join(STATEMENTS, f"{account_id}-{month}.pdf"), "wb") as out:
        out.write(pdf)
    return f"/statements/{account_id}-{month}.pdf"
