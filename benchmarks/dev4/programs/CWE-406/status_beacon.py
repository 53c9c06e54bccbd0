"""UDP status responder so dashboards can poll cluster state."""
import json
import socket
import socketserver


def cluster_state():
    nodes = []
    for i in range(256):
        nodes.append({"name": f"node-{i:03d}", "addr": f"10.0.{i // 250}.{i % 250}",
                      "role": "worker", "load": [0.1, 0.2, 0.3], "labels": {"zone": "a"}})
    return {"cluster": "prod-east", "nodes": nodes}


class StatusHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        if data.strip() != b"STATUS":
            return
        blob = json.dumps(cluster_state()).encode()
        for offset in range(0, len(blob), 1400):
            sock.sendto(blob[offset:offset + 1400], self.client_address)


if __name__ == "__main__":
    with socketserver.UDPServer(("0.0.0.0", 9999), StatusHandler) as srv:
        srv.socket.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        srv.serve_forever()
