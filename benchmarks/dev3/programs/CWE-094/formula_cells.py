import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
}


class FormulaEvaluator:
    def __init__(self, cells):
        self.cells = cells

    def evaluate(self, formula):
        tree = ast.parse(formula, mode="eval")
        return self._eval(tree.body)

    def _eval(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in self.cells:
            return self.cells[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](self._eval(node.left), self._eval(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
            return OPS[type(node.op)](self._eval(node.operand))
        raise ValueError("unsupported expression")


@app.post("/sheet/compute")
def compute():
    body = request.get_json()
    evaluator = FormulaEvaluator(body.get("cells", {}))
    try:
        return jsonify(result=evaluator.evaluate(body["formula"]))
    except (ValueError, SyntaxError, ZeroDivisionError, RecursionError):
        return jsonify(error="invalid formula"), 400
