import os

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    count = request.args.get("count", "3")
    status = os.system(f"ping -c {count} {host} > /tmp/ping.out 2>&1")
    with open("/tmp/ping.out") as fh:
        output = fh.read()
    return jsonify(host=host, exit=status >> 8, output=output)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5001)
