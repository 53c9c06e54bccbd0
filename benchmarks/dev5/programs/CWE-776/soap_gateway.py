"""Minimal SOAP endpoint that accepts stock level updates from store terminals."""
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.dom import minidom

log = logging.getLogger("soap")

STOCK = {}


def text_of(parent, tag):
    nodes = parent.getElementsByTagName(tag)
    if not nodes or not nodes[0].firstChild:
        return ""
    return nodes[0].firstChild.nodeValue.strip()


def apply_update(doc):
    updates = 0
    for item in doc.getElementsByTagName("StockItem"):
        sku = text_of(item, "Sku")
        qty = int(text_of(item, "Quantity") or 0)
        STOCK[sku] = qty
        updates += 1
    return updates


class SoapHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        try:
            doc = minidom.parseString(body)
            count = apply_update(doc)
        except Exception as exc:
            log.warning("rejecting request: %s", exc)
            self.send_response(500)
            self.end_headers()
            return
        reply = (
            '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
            f"<soap:Body><UpdateResult>{count}</UpdateResult></soap:Body></soap:Envelope>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.end_headers()
        self.wfile.write(reply.encode())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ThreadingHTTPServer(("0.0.0.0", 8090), SoapHandler).serve_forever()
