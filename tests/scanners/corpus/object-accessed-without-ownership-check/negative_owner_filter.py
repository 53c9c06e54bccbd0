"""Negative example for object-accessed-without-ownership-check: the query is filtered by the owner."""

from flask import Flask, jsonify
from flask_login import current_user, login_required

from .models import Order

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()
    return jsonify(id=order.id, total=order.total)
