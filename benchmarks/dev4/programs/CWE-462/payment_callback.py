import hashlib
import hmac
import os
from urllib.parse import parse_qsl

from flask import Flask, request

app = Flask(__name__)
MERCHANT_KEY = os.environ["MERCHANT_KEY"].encode()


def first(pairs, key):
    for k, v in pairs:
        if k == key:
            return v
    return None


def signature_valid(pairs):
    order_id = first(pairs, "order_id")
    amount = first(pairs, "amount")
    msg = f"{order_id}|{amount}".encode()
    expected = hmac.new(MERCHANT_KEY, msg, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, first(pairs, "sig") or "")


@app.post("/payments/callback")
def callback():
    pairs = parse_qsl(request.get_data(as_text=True), keep_blank_values=True)
    if not signature_valid(pairs):
        return "bad signature", 400
    fields = dict(pairs)
    credit_order(fields["order_id"], fields["amount"])
    return "ok"


def credit_order(order_id, amount):
    import sqlite3
    with sqlite3.connect("shop.db") as conn:
        conn.execute("UPDATE orders SET paid_amount = ? WHERE id = ?", (amount, order_id))
