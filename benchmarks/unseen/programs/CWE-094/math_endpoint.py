import math

from fastapi import FastAPI

app = FastAPI()
SAFE_NAMES = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "pi", "e", "log")}


@app.get("/calc")
def calc(expr: str):
    if len(expr) > 200:
        return {"error": "expression too long"}
    value = eval(expr, {"__builtins__": {}}, SAFE_NAMES)
    return {"expr": expr, "value": value}
