"""Probe a list of IMAPS servers and print their greeting banner."""
import socket
import ssl
import sys


def fetch_banner(host, port=993, timeout=5.0):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with context.wrap_socket(raw, server_hostname=host) as conn:
            banner = conn.recv(512).decode("ascii", "replace").strip()
            conn.sendall(b"a1 LOGOUT\r\n")
            return banner, conn.version()


if __name__ == "__main__":
    for host in sys.argv[1:] or ["imap.example.org"]:
        try:
            banner, version = fetch_banner(host)
            print(f"{host} [{version}]: {banner}")
        except (OSError, ssl.SSLError) as exc:
            print(f"{host}: failed ({exc})")
