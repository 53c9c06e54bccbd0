import socketserver
import struct
import time


class MonitorHandler(socketserver.BaseRequestHandler):
    """UDP time service; the 'monlist' query returns the last clients we have seen."""

    recent = []

    def handle(self):
        data, sock = self.request
        now = time.time()
        self.recent.append((self.client_address[0], now))
        del self.recent[:-600]
        if data.startswith(b"TIME"):
            sock.sendto(struct.pack("!d", now), self.client_address)
        elif data.startswith(b"MONLIST"):
            for ip, seen in self.recent:
                sock.sendto(f"{ip} {seen:.0f}\n".encode(), self.client_address)


if __name__ == "__main__":
    with socketserver.ThreadingUDPServer(("0.0.0.0", 1230), MonitorHandler) as srv:
        srv.serve_forever()
