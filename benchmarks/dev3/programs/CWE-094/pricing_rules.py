from flask import Flask, jsonify, request

app = Flask(__name__)
RULES = {}


def build_rule(name, condition, discount):
    source = (
        f"def {name}(order):\n"
        f"    if {condition}:\n"
        f"        return {discount}\n"
        f"    return 0\n"
    )
    namespace = {}
    exec(source, namespace)
    return namespace[name]


@app.post("/admin/pricing-rules")
def add_rule():
    spec = request.get_json()
    RULES[spec["name"]] = build_rule(spec["name"], spec["condition"], spec["discount"])
    return jsonify(rules=sorted(RULES))


@app.post("/quote")
def quote():
    order = request.get_json()
    best = max((rule(order) for rule in RULES.values()), default=0)
    return jsonify(total=order["total"] - best)
