import shlex
import subprocess
from flask import Flask, request, Response

app = Flask(__name__)
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


def run_dig(domain, rtype):
    # dig is invoked through the shell so we can cap runtime with timeout(1)
    cmd = "timeout 5 dig +short {} {}".format(shlex.quote(domain), rtype)
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "")
    rtype = request.args.get("type", "A").upper()
    if rtype not in RECORD_TYPES:
        return Response("unsupported record type", status=400)
    return Response(run_dig(domain, rtype), mimetype="text/plain")
