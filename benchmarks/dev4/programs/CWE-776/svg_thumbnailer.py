"""Extract basic metadata from uploaded SVG icons."""
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
SVG_NS = "{http://www.w3.org/2000/svg}"


def svg_parser():
    # some design tools export very large documents
    return etree.XMLParser(huge_tree=True, resolve_entities=True, no_network=True)


def describe(svg_bytes):
    root = etree.fromstring(svg_bytes, svg_parser())
    if root.tag != SVG_NS + "svg":
        raise ValueError("not an svg document")
    title = root.findtext(SVG_NS + "title") or ""
    return {
        "width": root.get("width"),
        "height": root.get("height"),
        "title": title.strip(),
        "elements": sum(1 for _ in root.iter()),
    }


@app.route("/icons", methods=["POST"])
def upload_icon():
    upload = request.files.get("icon")
    if upload is None:
        abort(400)
    try:
        meta = describe(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(meta)
