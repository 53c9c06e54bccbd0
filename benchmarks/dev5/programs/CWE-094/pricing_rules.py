"""Evaluate admin-entered pricing formulas like 'base * 1.2 + shipping'."""
import ast
import operator

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv}
_UN = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class FormulaError(ValueError):
    pass


class Formula:
    def __init__(self, text):
        if len(text) > 200:
            raise FormulaError("formula too long")
        self.tree = ast.parse(text, mode="eval").body

    def evaluate(self, variables):
        return self._eval(self.tree, variables)

    def _eval(self, node, env):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            return _BIN[type(node.op)](self._eval(node.left, env), self._eval(node.right, env))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UN:
            return _UN[type(node.op)](self._eval(node.operand, env))
        raise FormulaError(f"unsupported element: {type(node).__name__}")


class Quote(BaseModel):
    formula: str
    base: float
    shipping: float = 0.0


app = FastAPI()


@app.post("/quote")
def quote(q: Quote):
    try:
        price = Formula(q.formula).evaluate({"base": q.base, "shipping": q.shipping})
    except (FormulaError, SyntaxError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"price": round(price, 2)}
