from http.server import BaseHTTPRequestHandler, HTTPServer
from xml.dom import pulldom
import xml.sax


class SoapHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, 1)
        events = pulldom.parseString(body.decode(), parser=parser)
        action = None
        for event, node in events:
            if event == pulldom.START_ELEMENT and node.tagName == "Action":
                events.expandNode(node)
                action = node.firstChild.data if node.firstChild else ""
                break
        self.send_response(200)
        self.end_headers()
        self.wfile.write(f"<Result>{action}</Result>".encode())


if __name__ == "__main__":
    HTTPServer(("", 8090), SoapHandler).serve_forever()
