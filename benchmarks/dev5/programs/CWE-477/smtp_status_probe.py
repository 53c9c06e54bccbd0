"""Probe a list of SMTP relays and report whether STARTTLS-wrapped ports answer."""
import socket
import ssl
import sys


def probe(host, port=465, timeout=5.0):
    raw = socket.create_connection((host, port), timeout=timeout)
    conn = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_SSLv23)
    try:
        banner = conn.recv(512).decode("ascii", "replace").strip()
        conn.sendall(b"QUIT\r\n")
        return banner
    finally:
        conn.close()


def main(argv):
    hosts = argv[1:] or ["smtp.example.org"]
    for host in hosts:
        try:
            print(f"{host}: {probe(host)}")
        except OSError as exc:
            print(f"{host}: unreachable ({exc})")


if __name__ == "__main__":
    main(sys.argv)
