"""Positive: a Flask download strips '../' once; '....//' turns back into '../' and escapes the folder."""
import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/exports"


@app.get("/export")
def export():
    wanted = request.args.get("name", "").replace("../", "")
    return send_file(os.path.join(BASE, wanted))
