from http.server import BaseHTTPRequestHandler, HTTPServer

from defusedxml import minidom
from defusedxml.common import DefusedXmlException


class ConfigHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        length = min(int(self.headers.get("Content-Length", 0)), 1_000_000)
        body = self.rfile.read(length)
        try:
            doc = minidom.parseString(body)
        except DefusedXmlException:
            self.send_error(400, "entities not allowed")
            return
        names = [n.getAttribute("name") for n in doc.getElementsByTagName("option")]
        self.send_response(200)
        self.end_headers()
        self.wfile.write(("\n".join(names)).encode())


if __name__ == "__main__":
    HTTPServer(("", 8088), ConfigHandler).serve_forever()
