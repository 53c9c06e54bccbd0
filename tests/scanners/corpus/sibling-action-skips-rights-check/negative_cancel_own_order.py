"""Negative example for sibling-action-skips-rights-check: refunds need the billing role; cancelling is
allowed to the order's own customer, which the method checks."""


class OrderDesk:
    def __init__(self, orders):
        self.orders = orders

    def refund(self, user, order_id):
        if "billing" not in user.roles:
            raise PermissionError("billing only")
        self.orders[order_id]["refunded"] = True

    def cancel(self, user, order_id):
        order = self.orders[order_id]
        if order["customer"] != user.username:
            raise PermissionError("not your order")
        order["status"] = "cancelled"
