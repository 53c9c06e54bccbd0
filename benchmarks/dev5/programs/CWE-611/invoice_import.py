"""Accepts supplier invoices as XML uploads and extracts the line items."""
from decimal import Decimal

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_invoice(data: bytes) -> dict:
    root = etree.fromstring(data, parser=PARSER)
    lines = []
    for item in root.iter("line"):
        lines.append({
            "sku": item.findtext("sku", default=""),
            "description": item.findtext("description", default=""),
            "amount": str(Decimal(item.findtext("amount", default="0"))),
        })
    return {
        "supplier": root.findtext("supplier", default=""),
        "number": root.findtext("number", default=""),
        "lines": lines,
    }


@app.route("/invoices", methods=["POST"])
def upload_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        invoice = parse_invoice(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify(error=f"invalid XML: {exc}"), 400
    return jsonify(invoice)
