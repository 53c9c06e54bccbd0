import socketserver

from lxml import etree

ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/"
# some partners send very large batches, so lift libxml2's size limits
PARSER = etree.XMLParser(huge_tree=True, remove_blank_text=True)


class SoapHandler(socketserver.StreamRequestHandler):
    """Accepts one SOAP envelope per connection, terminated by a blank line."""

    def read_envelope(self):
        chunks = []
        for line in self.rfile:
            if not line.strip():
                break
            chunks.append(line)
        return b"".join(chunks)

    def handle(self):
        try:
            root = etree.fromstring(self.read_envelope(), PARSER)
        except etree.XMLSyntaxError as exc:
            self.wfile.write(f"<fault>{exc}</fault>\n".encode())
            return
        body = root.find(f"{{{ENVELOPE_NS}}}Body")
        if body is None or len(body) == 0:
            self.wfile.write(b"<fault>no body</fault>\n")
            return
        operation = body[0]
        text = "".join(operation.itertext())
        self.wfile.write(f"<ack op='{etree.QName(operation).localname}' size='{len(text)}'/>\n".encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9090), SoapHandler) as server:
        server.serve_forever()
