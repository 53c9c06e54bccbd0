import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)

# Used by the support team to check reachability of customer hosts.


@app.route("/diagnostics/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    count = request.args.get("count", "3")
    cmd = f"ping -c {count} {host}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
    return jsonify(rc=proc.returncode, output=proc.stdout)


if __name__ == "__main__":
    app.run(port=5001)
