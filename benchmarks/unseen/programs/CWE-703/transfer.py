from flask import Flask, request, jsonify

app = Flask(__name__)
BALANCES = {"alice": 100, "bob": 50}


def authorize(user, amount):
    if BALANCES[user] < amount:
        raise ValueError("insufficient funds")
    return True


@app.route("/transfer", methods=["POST"])
def transfer():
    src = request.form["from"]
    dst = request.form["to"]
    amount = int(request.form["amount"])
    try:
        authorize(src, amount)
    except Exception:
        pass
    BALANCES[src] -= amount
    BALANCES[dst] = BALANCES.get(dst, 0) + amount
    return jsonify(BALANCES)
