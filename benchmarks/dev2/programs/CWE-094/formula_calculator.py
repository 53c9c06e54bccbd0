import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

BIN_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub,
    ast.Mult: operator.mul, ast.Div: operator.truediv,
}


def evaluate(node, variables):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        return BIN_OPS[type(node.op)](evaluate(node.left, variables), evaluate(node.right, variables))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -evaluate(node.operand, variables)
    raise ValueError("unsupported expression")


@app.route("/price", methods=["POST"])
def price():
    data = request.get_json()
    tree = ast.parse(data["formula"], mode="eval")
    try:
        value = evaluate(tree, {"price": float(data["price"]), "qty": int(data["qty"])})
    except (ValueError, ZeroDivisionError) as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(total=value)
