import traceback

from flask import Flask, jsonify, request

from billing import compute_invoice

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


@app.post("/invoices/preview")
def preview():
    data = request.get_json()
    invoice = compute_invoice(data["customer_id"], data["lines"])
    return jsonify(invoice)
