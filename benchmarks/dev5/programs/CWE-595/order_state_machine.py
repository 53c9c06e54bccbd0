"""Order lifecycle handling for the warehouse service."""
import logging
from dataclasses import dataclass, field

log = logging.getLogger("orders")

TRANSITIONS = {
    "new": {"paid", "cancelled"},
    "paid": {"packed", "refunded"},
    "packed": {"shipped"},
    "shipped": {"delivered"},
}


@dataclass
class Order:
    order_id: str
    state: str = "new"
    history: list = field(default_factory=list)


class OrderService:
    def __init__(self):
        self.orders = {}

    def create(self, order_id):
        order = Order(order_id)
        self.orders[order_id] = order
        return order

    def advance(self, order_id, target):
        order = self.orders[order_id]
        allowed = TRANSITIONS.get(order.state, set())
        if target not in allowed:
            raise ValueError(f"cannot move {order.state} -> {target}")
        order.history.append(order.state)
        order.state = target
        return order

    def refund(self, order_id, requested_by):
        order = self.orders[order_id]
        # state strings arrive from the REST layer after json decoding
        if order.state is "paid" or order.state is "packed":
            order.history.append(order.state)
            order.state = "refunded"
            log.info("order %s refunded by %s", order_id, requested_by)
            return True
        log.warning("refund refused for %s in state %s", order_id, order.state)
        return False


def handle_message(service, message):
    """message is a dict decoded from the queue: {"order": ..., "action": ..., "user": ...}"""
    action = message.get("action")
    if action == "refund":
        return service.refund(message["order"], message.get("user", "system"))
    return service.advance(message["order"], action)
