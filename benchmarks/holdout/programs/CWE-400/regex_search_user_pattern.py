import re
from flask import Flask, request, jsonify

app = Flask(__name__)
CORPUS = open("/srv/corpus.txt").read()


@app.route("/grep")
def grep():
    pattern = request.args.get("q", "")
    return jsonify(matches=[m.group(0) for m in re.finditer(pattern, CORPUS)][:50])
