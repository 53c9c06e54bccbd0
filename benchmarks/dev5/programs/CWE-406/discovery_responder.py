import socketserver

from inventory import dump_inventory_json


class DiscoveryHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        if data.strip() == b"DISCOVER":
            body = dump_inventory_json().encode()
            for i in range(0, len(body), 1400):
                sock.sendto(body[i:i + 1400], self.client_address)


if __name__ == "__main__":
    with socketserver.ThreadingUDPServer(("0.0.0.0", 5099), DiscoveryHandler) as srv:
        srv.serve_forever()
