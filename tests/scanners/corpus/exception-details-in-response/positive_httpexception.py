"""Positive example for exception-details-in-response: the exception text is the HTTP error detail."""

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/items/{item_id}")
def item(item_id: int):
    try:
        return load(item_id)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=str(exc))


def load(i):
    return {}
