"""Negative example for request-count-drives-unbounded-work: the rule must not flag this."""
from flask import Flask, abort, request

app = Flask(__name__)
LIMIT = 500


@app.get("/squares")
def squares():
    count = int(request.args.get("count", "10"))
    if count < 0 or count > LIMIT:
        abort(400)
    return {"squares": [i * i for i in range(count)]}
