import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)


def fake_row(i):
    name = "".join(random.choices(string.ascii_lowercase, k=8))
    return {"id": i, "name": name, "score": random.randint(0, 100)}


@app.get("/api/sample")
def sample():
    rows = int(request.args.get("rows", 10))
    width = int(request.args.get("pad", 0))
    data = [fake_row(i) for i in range(rows)]
    for row in data:
        row["padding"] = "x" * width
    return jsonify(data)
