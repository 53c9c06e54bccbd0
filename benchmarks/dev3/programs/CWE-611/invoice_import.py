from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


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
    invoice = parse_invoice(upload.read())
    return jsonify(invoice), 201
