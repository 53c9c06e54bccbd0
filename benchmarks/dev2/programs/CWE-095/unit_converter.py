import operator

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
FACTORS = {("km", "mi"): 0.621371, ("mi", "km"): 1.609344, ("kg", "lb"): 2.204623}


class Conversion(BaseModel):
    value: float
    source: str
    target: str
    adjust_op: str = "+"
    adjust_by: float = 0.0


@app.post("/convert")
def convert(req: Conversion):
    factor = FACTORS.get((req.source, req.target))
    op = OPS.get(req.adjust_op)
    if factor is None or op is None:
        raise HTTPException(status_code=400, detail="unsupported conversion")
    try:
        result = op(req.value * factor, req.adjust_by)
    except ZeroDivisionError:
        raise HTTPException(status_code=400, detail="division by zero")
    return {"result": result, "unit": req.target}
