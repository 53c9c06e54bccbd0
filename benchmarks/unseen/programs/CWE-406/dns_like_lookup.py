import socketserver

RECORDS = {
    b"all": b"\n".join(b"host%d.internal 10.0.%d.%d" % (i, i // 250, i % 250) for i in range(4000)),
    b"gw": b"gateway.internal 10.0.0.1",
}


class LookupHandler(socketserver.BaseRequestHandler):
    def handle(self):
        query, sock = self.request
        name = query.strip().lower()
        answer = RECORDS.get(name, b"NXDOMAIN")
        for i in range(0, len(answer), 1024):
            sock.sendto(answer[i:i + 1024], self.client_address)


if __name__ == "__main__":
    with socketserver.UDPServer(("0.0.0.0", 5353), LookupHandler) as server:
        server.serve_forever()
