import socket
import ssl


def fetch_banner(host, port=443):
    raw = socket.create_connection((host, port), timeout=5)
    conn = ssl.wrap_socket(raw)
    conn.sendall(b"HEAD / HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
    data = conn.recv(1024)
    conn.close()
    return data
