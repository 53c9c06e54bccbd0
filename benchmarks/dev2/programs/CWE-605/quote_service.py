import json
import socket
import threading

HOST = "0.0.0.0"
PORT = 27100
PRICES = {"AAPL": 191.2, "MSFT": 402.7}


def handle(conn: socket.socket) -> None:
    with conn:
        symbol = conn.recv(64).decode(errors="replace").strip().upper()
        price = PRICES.get(symbol)
        conn.sendall(json.dumps({"symbol": symbol, "price": price}).encode() + b"\n")


def serve() -> None:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    srv.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    srv.bind((HOST, PORT))
    srv.listen(32)
    try:
        while True:
            conn, _ = srv.accept()
            threading.Thread(target=handle, args=(conn,), daemon=True).start()
    finally:
        srv.close()


if __name__ == "__main__":
    serve()
