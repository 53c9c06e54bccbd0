from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    """Evaluate an arithmetic expression such as "(2 + 3) * 4"."""
    expr = request.get_json(force=True).get("expression", "0")
    try:
        result = eval(expr)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=result)


if __name__ == "__main__":
    app.run(port=5002)
