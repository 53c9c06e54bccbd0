"""Negative: constant ElementTree paths; the request values are compared in Python, never put into a path."""
import xml.etree.ElementTree as ET

from flask import Flask, jsonify, request

app = Flask(__name__)
shelf = ET.parse("shelf.xml").getroot()


@app.get("/records")
def records():
    field = request.args.get("field", "artist")
    value = request.args.get("value", "")
    hits = [r.findtext("name") for r in shelf.iterfind("./record") if (r.findtext(field) or "") == value]
    return jsonify(hits)
