import ast

from flask import Flask, abort, request

app = Flask(__name__)
PERMITTED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.operator, ast.unaryop)


@app.route("/calc")
def calc():
    text = request.args.get("expr", "0")
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, PERMITTED):
            raise ValueError("only arithmetic is allowed")
    return str(eval(compile(tree, "<expr>", "eval"), {"__builtins__": {}}))
