"""Admin tool: spin up a temporary echo listener for network debugging."""
import socket
import threading

from flask import Flask, request, jsonify

app = Flask(__name__)
LISTENERS = {}


def echo_loop(sock):
    while True:
        conn, _ = sock.accept()
        with conn:
            data = conn.recv(4096)
            conn.sendall(data)


@app.route("/debug/listen", methods=["POST"])
def listen():
    port = int(request.form["port"])
    iface = request.form.get("bind", "0.0.0.0")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((iface, port))
    sock.listen(5)
    t = threading.Thread(target=echo_loop, args=(sock,), daemon=True)
    t.start()
    LISTENERS[port] = sock
    return jsonify(listening=port, bind=iface)
