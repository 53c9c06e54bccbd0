"""Positive example for object-accessed-without-ownership-check: a logged-in user reads any order by id."""

from flask import Flask, jsonify
from flask_login import login_required

from .models import Order

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = Order.query.get_or_404(order_id)
    return jsonify(id=order.id, total=order.total, items=order.items)
