"""Receives purchase orders from EDI partners as XML over HTTP."""
import logging
from http.server import BaseHTTPRequestHandler, HTTPServer

from lxml import etree

log = logging.getLogger("edi")

MAX_BODY = 2 * 1024 * 1024


def build_parser():
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


class PurchaseOrder:
    def __init__(self, root):
        self.po_number = root.findtext("poNumber", default="")
        self.buyer = root.findtext("buyer/name", default="")
        self.items = [
            (el.get("sku"), int(el.get("qty", "0"))) for el in root.iterfind("items/item")
        ]


class EdiHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        if length <= 0 or length > MAX_BODY:
            self.send_error(413)
            return
        body = self.rfile.read(length)
        try:
            order = PurchaseOrder(etree.fromstring(body, parser=build_parser()))
        except (etree.XMLSyntaxError, ValueError):
            self.send_error(400, "malformed order")
            return
        log.info("PO %s from %s with %d items", order.po_number, order.buyer, len(order.items))
        self.send_response(202)
        self.end_headers()
        self.wfile.write(b"accepted\n")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HTTPServer(("0.0.0.0", 8081), EdiHandler).serve_forever()
