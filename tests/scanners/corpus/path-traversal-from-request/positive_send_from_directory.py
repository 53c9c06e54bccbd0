from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/report")
def report():
    return send_from_directory(request.args.get("folder", "/srv/reports"), "index.html")
