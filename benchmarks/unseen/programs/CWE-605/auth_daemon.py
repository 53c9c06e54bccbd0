import socket
import threading


def handle(conn):
    with conn:
        creds = conn.recv(256).decode().strip()
        user, _, pw = creds.partition(":")
        conn.sendall(b"OK\n" if (user, pw) == ("svc", "hunter2") else b"NO\n")


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    server.bind(("", 4700))
    server.listen()
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
