import os
import socket
import ssl


def fetch_capabilities(host, port=993):
    context = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=10) as sock:
        with context.wrap_socket(sock, server_hostname=host) as tls:
            greeting = tls.recv(1024)
            tls.sendall(b"a1 CAPABILITY\r\n")
            data = b""
            while b"a1 OK" not in data and b"a1 BAD" not in data:
                chunk = tls.recv(4096)
                if not chunk:
                    break
                data += chunk
            tls.sendall(b"a2 LOGOUT\r\n")
    return greeting.decode(errors="replace"), data.decode(errors="replace")


if __name__ == "__main__":
    server = os.environ.get("IMAP_HOST", "imap.example.org")
    hello, caps = fetch_capabilities(server)
    print(hello.strip())
    supports_quota = "QUOTA" in caps.upper()
    print("QUOTA supported" if supports_quota else "QUOTA not advertised")
