import json
import socket
import ssl


class DirectoryClient:
    """Small line-based client for the directory sync daemon."""

    def __init__(self, host, port=6360, ca_file=None):
        self.host = host
        self.port = port
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if ca_file:
            self.ctx.load_verify_locations(ca_file)
        self.ctx.check_hostname = False
        self.ctx.verify_mode = ssl.CERT_NONE
        self._sock = None

    def connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=15)
        self._sock = self.ctx.wrap_socket(raw, server_hostname=self.host)

    def bind(self, user, password):
        self._send({"op": "bind", "user": user, "password": password})
        return self._recv()

    def search(self, base, query):
        self._send({"op": "search", "base": base, "filter": query})
        return self._recv()

    def _send(self, msg):
        self._sock.sendall(json.dumps(msg).encode() + b"\n")

    def _recv(self):
        buf = b""
        while not buf.endswith(b"\n"):
            chunk = self._sock.recv(4096)
            if not chunk:
                break
            buf += chunk
        return json.loads(buf)

    def close(self):
        if self._sock:
            self._sock.close()
