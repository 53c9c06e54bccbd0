import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    count = request.args.get("count", "3")
    exit_code = os.system(f"ping -c {count} {host} > /tmp/ping.log 2>&1")
    with open("/tmp/ping.log") as fh:
        output = fh.read()
    return {"exit_code": exit_code, "output": output}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5001)
