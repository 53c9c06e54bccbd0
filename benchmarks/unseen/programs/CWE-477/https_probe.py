import socket
import ssl


def fetch_banner(host, port=443):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((host, port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname=host) as conn:
            conn.sendall(b"HEAD / HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
            return conn.recv(1024).decode(errors="replace")


if __name__ == "__main__":
    import sys
    print(fetch_banner(sys.argv[1]))
