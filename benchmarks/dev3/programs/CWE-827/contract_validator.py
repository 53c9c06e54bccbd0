"""Validate partner contract XML against the DTD it declares."""
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


def validate(xml_bytes):
    parser = etree.XMLParser(dtd_validation=True, load_dtd=True, no_network=False)
    try:
        doc = etree.fromstring(xml_bytes, parser)
    except etree.XMLSyntaxError as exc:
        return False, str(exc)
    return True, doc.findtext("party")


@app.route("/contracts/validate", methods=["POST"])
def contracts_validate():
    ok, detail = validate(request.get_data())
    if not ok:
        return jsonify(valid=False, error=detail), 422
    return jsonify(valid=True, party=detail)
