import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.route("/checksum", methods=["POST"])
def checksum():
    h = hashlib.sha256()
    total = 0
    stream = request.stream
    while True:
        chunk = stream.read(64 * 1024)
        if not chunk:
            break
        total += len(chunk)
        h.update(chunk)
    return jsonify({"sha256": h.hexdigest(), "bytes": total})
