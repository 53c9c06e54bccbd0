"""Negative: only the peer address and the HTTP method are logged with the escaped user name; neither can carry CR/LF."""
import logging

import flask

app = flask.Flask(__name__)
events = logging.getLogger("events")


@app.post("/subscribe")
def subscribe():
    name = flask.request.form.get("name", "").replace("\r", "\\r").replace("\n", "\\n")
    events.info("subscribe name=%s from %s via %s", name, flask.request.remote_addr, flask.request.method)
    return "ok"
