import json
import socket
import threading

HOST = "0.0.0.0"
PORT = 27000
SEATS = {"cad-pro": 5, "render-farm": 20}
in_use = {name: 0 for name in SEATS}
lock = threading.Lock()


def handle(conn, addr):
    with conn:
        request = json.loads(conn.recv(4096).decode())
        product = request.get("product")
        with lock:
            if product in SEATS and in_use[product] < SEATS[product]:
                in_use[product] += 1
                reply = {"granted": True}
            else:
                reply = {"granted": False}
        conn.sendall(json.dumps(reply).encode())


def serve():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    srv.bind((HOST, PORT))
    srv.listen(64)
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn, addr), daemon=True).start()


if __name__ == "__main__":
    serve()
