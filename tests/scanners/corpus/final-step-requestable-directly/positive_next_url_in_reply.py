"""Positive example for final-step-requestable-directly: an API tells the client the next URL in its
JSON reply; the last step places the order without testing that the charge step ran."""

from quart import Quart, jsonify, session

from .billing import charge_wallet, place_order

app = Quart(__name__)


@app.route("/buy/charge", methods=["POST"])
async def charge_step():
    session["wallet_tx"] = await charge_wallet(session["uid"])
    return jsonify(next_url="/buy/place")


@app.route("/buy/place", methods=["POST"])
async def place():
    order = await place_order(session["uid"], tx=session.get("wallet_tx"))
    return jsonify(order=order.id)
