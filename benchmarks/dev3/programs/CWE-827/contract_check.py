"""Validate partner contract XML against our bundled contract DTD."""
import os

from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
CONTRACT_DTD = etree.DTD(os.path.join(os.path.dirname(__file__), "schemas", "contract.dtd"))
PARSER = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


def validate(xml_bytes):
    try:
        doc = etree.fromstring(xml_bytes, PARSER)
    except etree.XMLSyntaxError as exc:
        return False, str(exc)
    if doc.getroottree().docinfo.doctype:
        return False, "documents must not declare a DOCTYPE"
    if not CONTRACT_DTD.validate(doc):
        return False, str(CONTRACT_DTD.error_log.last_error)
    return True, doc.findtext("party")


@app.route("/contracts/validate", methods=["POST"])
def contracts_validate():
    ok, detail = validate(request.get_data())
    if not ok:
        return jsonify(valid=False, error=detail), 422
    return jsonify(valid=True, party=detail)
