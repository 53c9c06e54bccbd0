import json
import socketserver

CHUNK = 1400


def load_catalog():
    with open("/srv/inventory/catalog.json") as fh:
        return json.load(fh)


class CatalogHandler(socketserver.BaseRequestHandler):
    """Answers 'CATALOG' datagrams from store terminals with the full item list."""

    def handle(self):
        data, sock = self.request
        if data.strip().upper() != b"CATALOG":
            return
        payload = json.dumps(load_catalog()).encode()
        for offset in range(0, len(payload), CHUNK):
            sock.sendto(payload[offset:offset + CHUNK], self.client_address)


if __name__ == "__main__":
    with socketserver.ThreadingUDPServer(("0.0.0.0", 4711), CatalogHandler) as srv:
        srv.serve_forever()
