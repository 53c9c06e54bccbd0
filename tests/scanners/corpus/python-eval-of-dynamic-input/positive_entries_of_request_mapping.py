"""Positive example for python-eval-of-dynamic-input: every expression of a mapping posted by the
client is evaluated."""
from fastapi import FastAPI

app = FastAPI()


@app.post("/derive")
def derive(columns: dict, row: dict):
    out = {}
    for name, expression in columns.items():
        out[name] = eval(expression, {}, dict(row))
    return out
