from defusedxml.minidom import parseString
from defusedxml import DefusedXmlException
from flask import Flask, jsonify, request
from xml.parsers.expat import ExpatError

app = Flask(__name__)


@app.route("/feeds/import", methods=["POST"])
def import_opml():
    raw = request.files["opml"].read()
    try:
        doc = parseString(raw, forbid_dtd=True)
    except (DefusedXmlException, ExpatError) as exc:
        return jsonify(error=f"could not read OPML: {exc}"), 400
    feeds = [
        {"title": node.getAttribute("title") or node.getAttribute("text"), "url": node.getAttribute("xmlUrl")}
        for node in doc.getElementsByTagName("outline")
        if node.getAttribute("xmlUrl")
    ]
    return jsonify(imported=len(feeds), feeds=feeds[:50])
