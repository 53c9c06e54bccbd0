"""Refund handling for the billing back office."""
from dataclasses import dataclass, field


@dataclass
class User:
    username: str
    roles: set = field(default_factory=set)


@dataclass
class Order:
    order_id: str
    customer: str
    amount_cents: int
    refunded: bool = False


class RefundService:
    def __init__(self, orders, ledger):
        self._orders = {o.order_id: o for o in orders}
        self._ledger = ledger

    def _lookup(self, order_id):
        order = self._orders.get(order_id)
        if order is None:
            raise KeyError(f"unknown order {order_id}")
        return order

    def request_refund(self, user, order_id, reason):
        order = self._lookup(order_id)
        if "support" not in user.roles and "billing" not in user.roles:
            raise PermissionError("support staff only")
        self._ledger.append(("refund_requested", order_id, user.username, reason))
        return order

    def approve_refund(self, user, order_id):
        # approval moves money, so this is called from the admin console
        order = self._lookup(order_id)
        if order.refunded:
            return order
        order.refunded = True
        self._ledger.append(("refund_paid", order_id, user.username, order.amount_cents))
        return order


if __name__ == "__main__":
    ledger = []
    svc = RefundService([Order("A1", "carol", 4999)], ledger)
    intern = User("dave", {"viewer"})
    svc.approve_refund(intern, "A1")
    print(ledger)
