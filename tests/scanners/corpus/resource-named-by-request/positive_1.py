"""Positive example for resource-named-by-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

@app.route("/download")
def download():
    name = request.args.get("file")
    return send_file("/srv/files/" + name)
