"""Negative example for workflow-step-not-checked: each step checks the current status."""

ORDERS = {}


def pay(order_id):
    if ORDERS[order_id]["status"] != "new":
        raise ValueError("already paid")
    ORDERS[order_id]["status"] = "paid"


def ship(order_id):
    if ORDERS[order_id]["status"] != "paid":
        raise ValueError("not paid yet")
    ORDERS[order_id]["status"] = "shipped"
