import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    text = request.args.get("expr", "0")
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            raise ValueError("imports are not allowed")
    return str(eval(text))
