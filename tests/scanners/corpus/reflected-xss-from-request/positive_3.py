"""Positive example for reflected-xss-from-request: the rejected value is echoed in the error page."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/room")
def room():
    room_id = request.args.get("id", "")
    if not room_id.isdigit():
        return make_response("No such room: " + room_id, 404)
    return make_response("Room " + room_id)
