from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    try:
        result = eval(expr)
    except Exception as exc:
        return jsonify(error=type(exc).__name__), 400
    return jsonify(expr=expr, result=result)


if __name__ == "__main__":
    app.run(port=5050)
