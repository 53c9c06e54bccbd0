from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
)


def read_manifest(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, PARSER)
    packages = [
        {"id": pkg.get("id"), "weight": float(pkg.findtext("weight", "0"))}
        for pkg in root.iter("package")
    ]
    return {"carrier": root.findtext("carrier"), "packages": packages}


@app.route("/manifests", methods=["POST"])
def upload_manifest():
    upload = request.files.get("manifest")
    if upload is None:
        return jsonify({"error": "missing file"}), 400
    try:
        manifest = read_manifest(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(manifest)
