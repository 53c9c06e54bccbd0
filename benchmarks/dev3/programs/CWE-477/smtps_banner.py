import socket
import ssl
import argparse


class RelayProbe:
    def __init__(self, host, port=465, timeout=10):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.ctx = ssl.create_default_context()
        self.conn = None

    def connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self.conn = self.ctx.wrap_socket(raw, server_hostname=self.host)
        return self

    def banner(self):
        return self.conn.recv(1024).decode("ascii", "replace").strip()

    def close(self):
        if self.conn is not None:
            self.conn.close()


def main():
    ap = argparse.ArgumentParser(description="Check that SMTPS relays answer")
    ap.add_argument("hosts", nargs="+")
    for host in ap.parse_args().hosts:
        probe = RelayProbe(host).connect()
        try:
            print(f"{host}: {probe.banner()}")
        finally:
            probe.close()


if __name__ == "__main__":
    main()
