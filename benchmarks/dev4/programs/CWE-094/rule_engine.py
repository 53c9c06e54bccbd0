import json
from flask import Flask, request, jsonify

app = Flask(__name__)

RULE_TEMPLATE = """
def rule(order):
    return {condition}
"""


def compile_rule(condition):
    namespace = {}
    exec(RULE_TEMPLATE.format(condition=condition), namespace)
    return namespace["rule"]


@app.route("/discounts/check", methods=["POST"])
def check_discount():
    body = request.get_json()
    rule = compile_rule(body["condition"])
    orders = body.get("orders", [])
    matched = [o for o in orders if rule(o)]
    return jsonify({"matched": len(matched), "orders": json.loads(json.dumps(matched))})
