from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("staff.xml")


@app.route("/staff/login", methods=["POST"])
def staff_login():
    username = request.form.get("username", "")
    pin = request.form.get("pin", "")
    query = f"//employee[login='{username}' and pin='{pin}']"
    matches = DIRECTORY.xpath(query)
    if not matches:
        return jsonify({"ok": False}), 401
    employee = matches[0]
    return jsonify({"ok": True, "name": employee.findtext("name"), "dept": employee.findtext("dept")})


@app.route("/staff/by-dept")
def by_dept():
    dept = request.args.get("dept", "")
    names = DIRECTORY.xpath("//employee[dept='%s']/name/text()" % dept)
    return jsonify([str(n) for n in names])
