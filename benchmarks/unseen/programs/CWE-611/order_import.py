from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    root = SafeET.fromstring(request.data)
    lines = [
        {"sku": item.findtext("sku"), "qty": int(item.findtext("qty"))}
        for item in root.iter("item")
    ]
    return jsonify({"customer": root.findtext("customer"), "lines": lines})
