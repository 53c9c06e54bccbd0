import socket

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/probe")
def probe():
    host = request.args.get("host", "localhost")
    port = int(request.args.get("port", "80"))
    try:
        with socket.create_connection((host, port), timeout=3) as sock:
            sock.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
            banner = sock.recv(256).decode("latin-1")
    except OSError as exc:
        return jsonify(host=host, port=port, open=False, reason=str(exc))
    return jsonify(host=host, port=port, open=True, banner=banner)
