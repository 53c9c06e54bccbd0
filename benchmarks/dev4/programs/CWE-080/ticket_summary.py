import socketserver
from markupsafe import escape

TICKETS = {}


class TicketHandler(socketserver.StreamRequestHandler):
    """Tiny line protocol: 'ADD <title>' or 'HTML' to dump an HTML summary."""

    def handle(self):
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if line.startswith("ADD "):
                tid = len(TICKETS) + 1
                TICKETS[tid] = line[4:]
                self.wfile.write(f"OK {tid}\n".encode())
            elif line == "HTML":
                self.wfile.write(self.summary().encode("utf-8") + b"\n")
            else:
                self.wfile.write(b"ERR\n")

    @staticmethod
    def summary():
        rows = [f"<li>#{tid}: {escape(title)}</li>" for tid, title in TICKETS.items()]
        return "<ul>" + "".join(rows) + "</ul>"


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 9100), TicketHandler) as srv:
        srv.serve_forever()
