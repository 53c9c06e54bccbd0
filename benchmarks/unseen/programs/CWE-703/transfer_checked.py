from flask import Flask, request, jsonify

app = Flask(__name__)
BALANCES = {"alice": 100, "bob": 50}


class TransferError(Exception):
    pass


def authorize(user, amount):
    if user not in BALANCES:
        raise TransferError("unknown account")
    if amount <= 0 or BALANCES[user] < amount:
        raise TransferError("insufficient funds")


@app.route("/transfer", methods=["POST"])
def transfer():
    try:
        src = request.form["from"]
        dst = request.form["to"]
        amount = int(request.form["amount"])
        authorize(src, amount)
    except (KeyError, ValueError, TransferError) as exc:
        return jsonify({"error": str(exc)}), 400
    BALANCES[src] -= amount
    BALANCES[dst] = BALANCES.get(dst, 0) + amount
    return jsonify(BALANCES)
