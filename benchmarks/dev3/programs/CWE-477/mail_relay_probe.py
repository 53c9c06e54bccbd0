import socket
import ssl
import argparse


class RelayProbe:
    def __init__(self, host, port=465, timeout=10):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.conn = None

    def connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self.conn = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLS)
        return self

    def banner(self):
        data = self.conn.recv(1024)
        return data.decode("ascii", "replace").strip()

    def close(self):
        if self.conn is not None:
            self.conn.close()


def main():
    ap = argparse.ArgumentParser(description="Check that SMTPS relays answer")
    ap.add_argument("hosts", nargs="+")
    args = ap.parse_args()
    for host in args.hosts:
        probe = RelayProbe(host).connect()
        try:
            print(f"{host}: {probe.banner()}")
        finally:
            probe.close()


if __name__ == "__main__":
    main()
