from flask import Flask, jsonify, request

app = Flask(__name__)
RULES = {}


@app.route("/rules/<name>", methods=["PUT"])
def define_rule(name):
    expression = request.get_json()["expression"]
    source = f"def rule(price, qty):\n    return {expression}\n"
    namespace = {}
    exec(source, {"__builtins__": __builtins__}, namespace)
    RULES[name] = namespace["rule"]
    return jsonify(status="saved", name=name)


@app.route("/rules/<name>/apply")
def apply_rule(name):
    rule = RULES.get(name)
    if rule is None:
        return jsonify(error="no such rule"), 404
    price = float(request.args.get("price", 0))
    qty = int(request.args.get("qty", 1))
    return jsonify(result=rule(price, qty))
