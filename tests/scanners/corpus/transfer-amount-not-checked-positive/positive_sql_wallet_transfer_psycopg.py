"""Positive example for transfer-amount-not-checked-positive: a queue worker moves an amount
between wallets in SQL; a negative amount moves money from the receiver to the sender."""
import json


def apply_transfer(cursor, sender, receiver, amount):
    cursor.execute("UPDATE wallets SET credit=credit - %s WHERE owner=%s", (amount, sender))
    cursor.execute("UPDATE wallets SET credit=credit + %s WHERE owner=%s", (amount, receiver))


def handle(message, cursor):
    job = json.loads(message)
    apply_transfer(cursor, job["from"], job["to"], job["amount"])
