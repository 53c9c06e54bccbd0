"""Floating license server for the CAD suite; runs as a Windows service on the office file server."""
import json
import socket
import threading

HOST = "0.0.0.0"
PORT = 27010
MAX_SEATS = 25

_lock = threading.Lock()
_checked_out = {}


def handle(conn, addr):
    with conn:
        data = conn.recv(4096)
        try:
            req = json.loads(data.decode("utf-8"))
        except ValueError:
            conn.sendall(b'{"error": "unreadable request"}')
            return
        with _lock:
            if req.get("op") == "checkout" and len(_checked_out) < MAX_SEATS:
                _checked_out[req.get("host", addr[0])] = req.get("user")
                reply = {"granted": True, "seats_left": MAX_SEATS - len(_checked_out)}
            elif req.get("op") == "release":
                _checked_out.pop(req.get("host", addr[0]), None)
                reply = {"released": True}
            else:
                reply = {"granted": False}
        conn.sendall(json.dumps(reply).encode())


def serve():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # lets the service restart immediately after a crash
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((HOST, PORT))
    srv.listen(32)
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn, addr), daemon=True).start()


if __name__ == "__main__":
    serve()
