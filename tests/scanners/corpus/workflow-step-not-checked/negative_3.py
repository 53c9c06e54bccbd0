"""Negative example for workflow-step-not-checked: the earlier step is checked through a helper."""

ORDERS = {}


def is_paid(order):
    return bool(order.get("paid"))


def pay(order_id, card):
    ORDERS.setdefault(order_id, {})["paid"] = card is not None


def ship(order_id):
    order = ORDERS.setdefault(order_id, {})
    if not is_paid(order):
        raise PermissionError("pay first")
    order["shipped"] = True
