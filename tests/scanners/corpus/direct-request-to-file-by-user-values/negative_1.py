"""Negative example for direct-request-to-file-by-user-values: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

from werkzeug.utils import secure_filename
@app.route("/download")
def download():
    name = secure_filename(request.args.get("file", ""))
    return send_file("/srv/files/" + name)
