"""Negative example for python-code-built-from-input: the request picks a formula from a constant
table and supplies a number that is passed in the locals mapping, never as code."""
from fastapi import FastAPI, HTTPException

app = FastAPI()
RATES = {"net": "gross * 0.8", "vat": "gross * 0.2"}


@app.get("/tax/{kind}")
def tax(kind: str, gross: float):
    formula = RATES.get(kind)
    if formula is None:
        raise HTTPException(404)
    return {"value": eval(formula, {"__builtins__": {}}, {"gross": gross})}
