from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


def parse_invoice(data: bytes):
    root = etree.fromstring(data, PARSER)
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "lines": [
            {"sku": l.findtext("sku"), "qty": int(l.findtext("qty") or 0)}
            for l in root.iterfind("lines/line")
        ],
    }


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        invoice = parse_invoice(upload.read())
    except etree.XMLSyntaxError:
        return jsonify(error="malformed xml"), 400
    return jsonify(invoice), 201
