"""Positive: the quantity comes from the decoded JSON body and multiplies the price without any range check."""
import flask

app = flask.Flask(__name__)
PRICES = {"tea": 3.5, "cake": 4.0}


@app.post("/order")
def order():
    data = flask.request.get_json()
    qty = int(data.get("qty", 1))
    cost = PRICES[data["item"]] * qty
    return {"cost": cost}
