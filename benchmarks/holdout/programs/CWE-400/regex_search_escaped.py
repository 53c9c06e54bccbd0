import re
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
CORPUS = open("/srv/corpus.txt").read()


@app.route("/grep")
def grep():
    term = request.args.get("q", "")
    if not term or len(term) > 100:
        abort(400)
    pattern = re.compile(re.escape(term))
    return jsonify(matches=[m.start() for m in pattern.finditer(CORPUS)][:50])
