from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("users.xml")
FIND_USER = etree.XPath("//user[name/text()=$name]")


@app.route("/users/<username>")
def profile(username):
    matches = FIND_USER(DIRECTORY, name=username)
    if not matches:
        return {"error": "not found"}, 404
    node = matches[0]
    return {"name": node.findtext("name"), "team": node.findtext("team")}
