import json
import socket
import threading

from bottle import Bottle, request

app = Bottle()
listeners = {}


def serve(sock, name):
    while True:
        conn, addr = sock.accept()
        data = conn.recv(4096)
        print(f"[{name}] {addr}: {data!r}")
        conn.close()


@app.post("/relays")
def open_relay():
    cfg = json.loads(request.body.read())
    port = int(cfg["port"])
    iface = cfg.get("bind", "0.0.0.0")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((iface, port))
    sock.listen(5)
    t = threading.Thread(target=serve, args=(sock, cfg.get("name", "relay")), daemon=True)
    t.start()
    listeners[cfg.get("name")] = sock
    return {"listening": [iface, port]}


if __name__ == "__main__":
    app.run(port=8070)
