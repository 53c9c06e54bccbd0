import socketserver

from defusedxml import minidom
from defusedxml import EntitiesForbidden, DTDForbidden


class OrderHandler(socketserver.StreamRequestHandler):
    """Accepts one XML order per connection, terminated by a blank line."""

    MAX_BYTES = 256 * 1024

    def read_document(self) -> bytes:
        chunks, size = [], 0
        for line in self.rfile:
            if not line.strip():
                break
            size += len(line)
            if size > self.MAX_BYTES:
                raise ValueError("document too large")
            chunks.append(line)
        return b"".join(chunks)

    def handle(self) -> None:
        try:
            doc = minidom.parseString(self.read_document(), forbid_dtd=True)
        except (EntitiesForbidden, DTDForbidden, ValueError) as exc:
            self.wfile.write(f"<error>{type(exc).__name__}</error>\n".encode())
            return
        items = doc.getElementsByTagName("item")
        self.wfile.write(f"<ack items='{len(items)}'/>\n".encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9091), OrderHandler) as server:
        server.serve_forever()
