from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


def parse_survey(payload):
    parser = etree.XMLParser(resolve_entities=True, huge_tree=True, no_network=True)
    root = etree.fromstring(payload, parser)
    questions = []
    for q in root.iter("question"):
        questions.append({
            "id": q.get("id"),
            "text": (q.findtext("text") or "").strip(),
            "options": [o.text for o in q.iter("option")],
        })
    return {"title": root.findtext("title"), "questions": questions}


@app.route("/surveys", methods=["POST"])
def import_survey():
    try:
        survey = parse_survey(request.get_data())
    except etree.XMLSyntaxError as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"title": survey["title"], "count": len(survey["questions"])}), 201
