import traceback
from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


@app.route("/divide/<int:a>/<int:b>")
def divide(a, b):
    return jsonify(result=a / b)
