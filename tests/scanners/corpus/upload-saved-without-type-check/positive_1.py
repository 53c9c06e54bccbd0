"""Positive example for upload-saved-without-type-check: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    f.save("/srv/uploads/" + f.filename)
    return "saved"
