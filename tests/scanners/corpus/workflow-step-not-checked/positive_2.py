"""Positive example for workflow-step-not-checked: a status moved without reading it."""

ORDERS = {}


def pay(order_id):
    ORDERS[order_id]["status"] = "paid"


def ship(order_id):
    ORDERS[order_id]["status"] = "shipped"
