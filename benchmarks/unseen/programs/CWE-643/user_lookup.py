from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("users.xml")


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    pw = request.form["password"]
    query = f"//user[name/text()='{user}' and password/text()='{pw}']"
    matches = DIRECTORY.xpath(query)
    if matches:
        return {"welcome": matches[0].findtext("name")}
    return {"error": "invalid"}, 401
