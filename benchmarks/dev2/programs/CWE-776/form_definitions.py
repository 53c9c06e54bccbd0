from flask import Flask, request, jsonify
from defusedxml import ElementTree as DET
from defusedxml import DefusedXmlException
from xml.etree.ElementTree import ParseError

app = Flask(__name__)
MAX_BODY = 512 * 1024


def parse_form(payload: bytes) -> dict:
    root = DET.fromstring(payload, forbid_dtd=True, forbid_entities=True)
    fields = [
        {"name": f.get("name"), "type": f.get("type", "text"), "label": (f.text or "").strip()}
        for f in root.iter("field")
    ]
    return {"title": root.findtext("title"), "fields": fields}


@app.route("/forms", methods=["POST"])
def import_form():
    if request.content_length is None or request.content_length > MAX_BODY:
        return jsonify({"error": "body too large"}), 413
    try:
        form = parse_form(request.get_data())
    except (DefusedXmlException, ParseError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"title": form["title"], "fields": len(form["fields"])}), 201
