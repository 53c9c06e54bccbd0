"""Positive example for system-data-in-response-unencoded: declared JSON, but the names are not JSON-encoded."""
import glob

from flask import Flask, Response

app = Flask(__name__)


@app.route("/reports")
def reports():
    names = glob.glob("/srv/reports/*.pdf")
    return Response('["' + '","'.join(names) + '"]', mimetype="application/json")
