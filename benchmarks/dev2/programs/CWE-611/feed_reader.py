import sys
import urllib.request
import xml.sax
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


def parse_feed(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    collector = ItemCollector()
    parser.setContentHandler(collector)
    parser.parse(stream)
    return collector.items


if __name__ == "__main__":
    with urllib.request.urlopen(sys.argv[1], timeout=20) as resp:
        items = parse_feed(resp)
    for item in items:
        print(item["title"].strip(), "->", item["link"].strip())
