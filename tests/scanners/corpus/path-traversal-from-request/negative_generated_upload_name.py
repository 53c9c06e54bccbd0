import os
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.route("/scans", methods=["POST"])
def upload_scan():
    scan = request.files["scan"]
    scan.save(os.path.join("/srv/scans", uuid.uuid4().hex + ".bin"))
    return "ok"
