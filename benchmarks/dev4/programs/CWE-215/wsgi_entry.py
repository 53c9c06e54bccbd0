import logging
import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config.update(
    DEBUG=False,
    PROPAGATE_EXCEPTIONS=False,
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
)
logging.basicConfig(level=logging.INFO)


@app.errorhandler(500)
def server_error(_err):
    return jsonify({"error": "internal server error"}), 500


@app.route("/api/quote/<symbol>")
def quote(symbol):
    prices = {"ACME": 12.5, "GLOBEX": 40.1}
    return jsonify({"symbol": symbol.upper(), "price": prices.get(symbol.upper())})


if __name__ == "__main__":
    # local development only; production runs under gunicorn wsgi_entry:app
    app.run(host="127.0.0.1", port=5000)
