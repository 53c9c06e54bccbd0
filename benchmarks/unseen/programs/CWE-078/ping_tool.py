import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    cmd = f"ping -c 3 {host} > /tmp/ping.out 2>&1"
    status = os.system(cmd)
    with open("/tmp/ping.out") as fh:
        output = fh.read()
    return {"status": status, "output": output}


if __name__ == "__main__":
    app.run()
