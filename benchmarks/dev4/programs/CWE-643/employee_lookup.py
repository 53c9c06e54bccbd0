from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("/srv/hr/directory.xml")


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    pin = request.form.get("pin", "")
    query = "//employee[login/text()='" + user + "' and pin/text()='" + pin + "']"
    matches = DIRECTORY.xpath(query)
    if not matches:
        abort(401)
    emp = matches[0]
    return jsonify(name=emp.findtext("name"), dept=emp.findtext("dept"))


@app.route("/phone")
def phone():
    name = request.args.get("name", "")
    nodes = DIRECTORY.xpath(f"//employee[name='{name}']/phone/text()")
    return jsonify(numbers=[str(n) for n in nodes])
