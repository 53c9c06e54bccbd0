from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("staff_directory.xml")
FIND_EMPLOYEE = etree.XPath("//employee[login/text()=$user and pin/text()=$pin]")


@app.route("/staff/login", methods=["POST"])
def staff_login():
    user = request.form["user"]
    pin = request.form["pin"]
    matches = FIND_EMPLOYEE(TREE, user=user, pin=pin)
    if not matches:
        return jsonify(ok=False), 401
    emp = matches[0]
    return jsonify(ok=True, name=emp.findtext("name"), dept=emp.findtext("dept"))
