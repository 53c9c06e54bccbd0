import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def signature_of(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/payments")
def payments_hook():
    body = request.get_data()
    sent = request.headers.get("X-Signature", "")
    if sent and not hmac.compare_digest(sent, signature_of(body)):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        mark_paid(event["data"]["invoice_id"], event["data"]["amount"])
    return {"received": True}


def mark_paid(invoice_id, amount):
    import sqlite3
    with sqlite3.connect("billing.db") as conn:
        conn.execute("UPDATE invoices SET paid = 1, paid_amount = ? WHERE id = ?", (amount, invoice_id))
