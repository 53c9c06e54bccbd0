from dataclasses import dataclass, asdict

from bottle import Bottle, abort, request

app = Bottle()


@dataclass
class Order:
    number: str
    email: str
    card_last4: str
    address: str
    status: str
    lookup_code: str


ORDERS = {
    "A100": Order("A100", "ann@example.com", "4242", "1 Main St", "shipped", "k3J9x"),
}


@dataclass
class OrderStatusView:
    number: str
    status: str


@app.get("/orders/<number>/status")
def status(number):
    order = ORDERS.get(number)
    code = request.query.get("code", "")
    if order is None or code != order.lookup_code:
        abort(404, "order not found")
    return asdict(OrderStatusView(order.number, order.status))
