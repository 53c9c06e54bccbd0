from flask import Flask, request, jsonify

app = Flask(__name__)

# conversion formulas are maintained here by the team, not by users
FORMULAS = {
    ("c", "f"): "x * 9 / 5 + 32",
    ("f", "c"): "(x - 32) * 5 / 9",
    ("km", "mi"): "x * 0.621371",
    ("mi", "km"): "x / 0.621371",
}
COMPILED = {k: compile(v, f"{k[0]}->{k[1]}", "eval") for k, v in FORMULAS.items()}


@app.route("/convert")
def convert():
    src = request.args.get("from", "").lower()
    dst = request.args.get("to", "").lower()
    try:
        x = float(request.args.get("value", ""))
    except ValueError:
        return jsonify({"error": "value must be a number"}), 400
    code = COMPILED.get((src, dst))
    if code is None:
        return jsonify({"error": "unsupported conversion"}), 400
    return jsonify({"result": eval(code, {"__builtins__": {}}, {"x": x})})
