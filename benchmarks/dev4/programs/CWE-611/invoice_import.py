from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def read_invoice(xml_bytes):
    root = etree.fromstring(xml_bytes, PARSER)
    lines = []
    for item in root.iter("line"):
        lines.append({
            "description": item.findtext("description", default=""),
            "amount": float(item.findtext("amount", default="0")),
        })
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "lines": lines,
    }


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    invoice = read_invoice(request.get_data())
    total = sum(line["amount"] for line in invoice["lines"])
    return jsonify(invoice=invoice, total=total)
