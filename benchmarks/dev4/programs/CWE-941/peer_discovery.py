import json
import socket
import threading

DISCOVERY_PORT = 48900


class DiscoveryResponder(threading.Thread):
    """Answers cluster discovery probes with the list of known peers."""

    def __init__(self, node_id, peers):
        super().__init__(daemon=True)
        self.node_id = node_id
        self.peers = peers
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("0.0.0.0", DISCOVERY_PORT))

    def answer(self, probe):
        reply = {"node": self.node_id, "peers": sorted(self.peers)}
        destination = (probe["reply_host"], int(probe.get("reply_port", DISCOVERY_PORT)))
        self.sock.sendto(json.dumps(reply).encode(), destination)

    def run(self):
        while True:
            data, _addr = self.sock.recvfrom(2048)
            try:
                probe = json.loads(data)
            except ValueError:
                continue
            if probe.get("type") == "probe" and "reply_host" in probe:
                self.peers.add(probe.get("node", "unknown"))
                self.answer(probe)
