from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("config/users.xml")


def find_user(username, password_hash):
    query = "/users/user[login/text()='{}' and pwhash/text()='{}']".format(username, password_hash)
    matches = USERS.xpath(query)
    return matches[0] if matches else None


@app.route("/api/login", methods=["POST"])
def login():
    import hashlib

    body = request.get_json(force=True)
    digest = hashlib.sha256(body.get("password", "").encode()).hexdigest()
    user = find_user(body.get("username", ""), digest)
    if user is None:
        return jsonify(ok=False), 401
    return jsonify(ok=True, role=user.findtext("role"))
