"""Imports course catalogue documents uploaded by faculty, validating them against their declared DTD."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def parse_and_validate(data: bytes):
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True, no_network=False)
    return etree.fromstring(data, parser)


def courses_from(root):
    return [
        {
            "code": course.get("code"),
            "title": course.findtext("title"),
            "credits": int(course.findtext("credits", default="0")),
        }
        for course in root.iter("course")
    ]


@app.route("/catalogue/import", methods=["POST"])
def import_catalogue():
    upload = request.files.get("catalogue")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        root = parse_and_validate(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify(error=f"document does not validate: {exc}"), 422
    courses = courses_from(root)
    return jsonify(imported=len(courses))
