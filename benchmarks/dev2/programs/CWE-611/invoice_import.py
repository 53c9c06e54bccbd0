from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def read_invoice(xml_bytes):
    root = etree.fromstring(xml_bytes, PARSER)
    lines = []
    for line in root.iter("line"):
        lines.append({
            "sku": line.findtext("sku"),
            "description": line.findtext("description"),
            "amount": float(line.findtext("amount", "0")),
        })
    return {"customer": root.findtext("customer"), "lines": lines}


@app.route("/invoices", methods=["POST"])
def upload_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        return jsonify({"error": "missing file"}), 400
    try:
        invoice = read_invoice(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify({"error": str(exc)}), 400
    total = sum(line["amount"] for line in invoice["lines"])
    return jsonify({"customer": invoice["customer"], "total": total, "lines": invoice["lines"]})
