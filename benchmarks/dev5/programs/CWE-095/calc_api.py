from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.get_json(force=True).get("expression", "0")
    try:
        result = eval(expr)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=result)
