import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/checksum", methods=["POST"])
def checksum():
    payload = request.get_data()
    digest = hashlib.sha256(payload).hexdigest()
    return jsonify({"sha256": digest, "bytes": len(payload)})


if __name__ == "__main__":
    app.run()
