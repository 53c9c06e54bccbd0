import socket

from flask import Flask, abort, jsonify

app = Flask(__name__)

SERVICES = {
    "db": ("db.internal", 5432),
    "cache": ("cache.internal", 6379),
    "search": ("search.internal", 9200),
}


def is_up(address):
    try:
        with socket.create_connection(address, timeout=2):
            return True
    except OSError:
        return False


@app.route("/health/<name>")
def health(name):
    address = SERVICES.get(name)
    if address is None:
        abort(404)
    return jsonify(service=name, up=is_up(address))
