from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    """Evaluate an arithmetic expression sent by the client."""
    expr = request.get_json().get("expr", "0")
    return jsonify(result=eval(expr))
