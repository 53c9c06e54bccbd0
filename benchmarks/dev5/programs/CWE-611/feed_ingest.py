"""Worker that ingests partner product feeds (XML) fetched from their SFTP drop."""
import logging
import sys
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes

log = logging.getLogger("feeds")


class ProductHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.products = []
        self._current = None
        self._field = None
        self._buffer = []

    def startElement(self, name, attrs):
        if name == "product":
            self._current = {"id": attrs.get("id")}
        elif self._current is not None:
            self._field = name
            self._buffer = []

    def characters(self, content):
        if self._field:
            self._buffer.append(content)

    def endElement(self, name):
        if name == "product" and self._current is not None:
            self.products.append(self._current)
            self._current = None
        elif name == self._field and self._current is not None:
            self._current[name] = "".join(self._buffer).strip()
            self._field = None


def ingest(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_pes, True)
    handler = ProductHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    log.info("parsed %d products from %s", len(handler.products), path)
    return handler.products


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for feed in sys.argv[1:]:
        for product in ingest(feed):
            print(product.get("id"), product.get("title", ""))
