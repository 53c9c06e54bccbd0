from http.server import BaseHTTPRequestHandler, HTTPServer
from xml.dom import minidom


class ConfigHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        doc = minidom.parseString(body)
        names = [n.getAttribute("name") for n in doc.getElementsByTagName("option")]
        self.send_response(200)
        self.end_headers()
        self.wfile.write(("\n".join(names)).encode())


if __name__ == "__main__":
    HTTPServer(("", 8088), ConfigHandler).serve_forever()
