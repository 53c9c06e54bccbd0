from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("staff_directory.xml")


@app.route("/staff/login", methods=["POST"])
def staff_login():
    user = request.form["user"]
    pin = request.form["pin"]
    query = f"//employee[login/text()='{user}' and pin/text()='{pin}']"
    matches = TREE.xpath(query)
    if not matches:
        return jsonify(ok=False), 401
    emp = matches[0]
    return jsonify(ok=True, name=emp.findtext("name"), dept=emp.findtext("dept"))
