from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.post("/login")
def login():
    found = USERS.xpath(
        "//user[name/text()=$name and pwhash/text()=$pw]",
        name=request.form["user"],
        pw=hash_password(request.form["password"]),
    )
    return "welcome" if found else ("denied", 401)


def hash_password(pw):
    import hashlib
    return hashlib.sha256(pw.encode()).hexdigest()
