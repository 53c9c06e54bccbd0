"""Negative example for regex-pattern-from-request: the pattern is only test-compiled; matching uses re.escape."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/grep")
def grep():
    needle = request.args.get("needle", "")
    try:
        re.compile(needle)
    except re.error:
        return "not a valid expression", 400
    hits = re.findall(re.escape(needle), open("/srv/notes.txt").read())
    return str(len(hits))
