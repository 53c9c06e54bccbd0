"""Parse RSS feeds submitted by users into a list of entries."""
import xml.sax
from io import BytesIO
from xml.sax.handler import feature_external_ges


class ItemCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []
        self._current = None
        self._field = None

    def startElement(self, name, attrs):
        if name == "item":
            self._current = {"title": "", "link": ""}
        elif self._current is not None and name in ("title", "link"):
            self._field = name

    def characters(self, content):
        if self._current is not None and self._field:
            self._current[self._field] += content

    def endElement(self, name):
        if name == "item" and self._current is not None:
            self.items.append(self._current)
            self._current = None
        self._field = None


def parse_feed(body: bytes):
    handler = ItemCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    source = xml.sax.xmlreader.InputSource()
    source.setByteStream(BytesIO(body))
    parser.parse(source)
    return handler.items


def feed_from_upload(upload_file):
    return parse_feed(upload_file.read())
