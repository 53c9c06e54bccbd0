"""Import supplier product catalogues delivered as XML over SFTP."""
import sys
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_pes, feature_namespaces


class ProductHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.products = []
        self._buf = []
        self._current = {}

    def startElement(self, name, attrs):
        if name == "product":
            self._current = {"sku": attrs.get("sku")}
        self._buf = []

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if name in ("name", "price") and self._current is not None:
            self._current[name] = text
        elif name == "product":
            self.products.append(self._current)
            self._current = None


def load(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    # suppliers keep shared definitions in their own external DTD subsets
    parser.setFeature(feature_external_pes, True)
    handler = ProductHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.products


if __name__ == "__main__":
    for product in load(sys.argv[1]):
        print(product)
