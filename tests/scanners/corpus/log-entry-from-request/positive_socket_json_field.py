"""Positive: a field of a JSON message received on a TCP socket is logged with %s; "\\n" escapes forge lines."""
import json
import logging
import socket

log = logging.getLogger("collector")


def serve(port):
    srv = socket.create_server(("127.0.0.1", port))
    conn, _ = srv.accept()
    msg = json.loads(conn.recv(4096))
    log.info("sensor %s reported", msg["sensor"])
