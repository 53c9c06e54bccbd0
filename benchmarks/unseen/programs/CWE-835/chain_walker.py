from flask import Flask, jsonify

app = Flask(__name__)
MANAGERS = {"eve": "dan", "dan": "carol", "carol": "bob", "bob": None}


@app.route("/chain/<employee>")
def chain(employee):
    path = []
    seen = set()
    current = employee
    while current is not None and current not in seen and len(path) < 50:
        seen.add(current)
        path.append(current)
        current = MANAGERS.get(current)
    return jsonify(path)
