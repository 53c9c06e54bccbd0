import json
import sys
from dataclasses import dataclass, field


@dataclass
class Order:
    order_id: str
    status: str
    history: list = field(default_factory=list)


SHIPPED = "shipped"
CANCELLED = "cancelled"


class OrderBook:
    def __init__(self, orders):
        self.orders = {o.order_id: o for o in orders}

    def apply_event(self, event):
        order = self.orders[event["order_id"]]
        new_status = event["status"].strip()
        if order.status is CANCELLED:
            raise ValueError(f"order {order.order_id} was cancelled")
        if new_status is SHIPPED and order.status is not "paid":
            raise ValueError(f"order {order.order_id} cannot ship before payment")
        order.history.append(order.status)
        order.status = new_status


def main(path):
    with open(path) as fh:
        data = json.load(fh)
    book = OrderBook(Order(o["id"], o["status"]) for o in data["orders"])
    for event in data["events"]:
        book.apply_event(event)
    for order in book.orders.values():
        print(order.order_id, order.status)


if __name__ == "__main__":
    main(sys.argv[1])
