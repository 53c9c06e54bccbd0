"""Accepts user-uploaded SVG icons and extracts their dimensions and title."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
SVG_NS = "{http://www.w3.org/2000/svg}"

parser = etree.XMLParser(huge_tree=True, remove_comments=True)


def describe_svg(data):
    root = etree.fromstring(data, parser)
    if root.tag != SVG_NS + "svg":
        raise ValueError("not an SVG document")
    title = root.find(SVG_NS + "title")
    return {
        "width": root.get("width"),
        "height": root.get("height"),
        "title": title.text if title is not None else None,
        "elements": sum(1 for _ in root.iter()),
    }


@app.route("/icons", methods=["POST"])
def upload_icon():
    data = request.files["icon"].read()
    try:
        info = describe_svg(data)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(info)
