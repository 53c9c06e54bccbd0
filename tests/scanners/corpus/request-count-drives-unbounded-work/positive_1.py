"""Positive example for request-count-drives-unbounded-work: the rule must flag this."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/squares")
def squares():
    count = int(request.args.get("count", "10"))
    return {"squares": [i * i for i in range(count)]}
