"""Validate package manifests submitted to the build portal against their DTD."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def validating_parser():
    return etree.XMLParser(dtd_validation=True, load_dtd=True, no_network=False)


@app.route("/manifests/validate", methods=["POST"])
def validate_manifest():
    data = request.get_data()
    try:
        root = etree.fromstring(data, validating_parser())
    except etree.XMLSyntaxError as exc:
        return jsonify(valid=False, error=str(exc)), 422
    return jsonify(
        valid=True,
        package=root.get("name"),
        version=root.get("version"),
        files=len(root.findall("file")),
    )
