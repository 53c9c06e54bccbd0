import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._buf = None

    def startElement(self, name, attrs):
        if name == "title":
            self._buf = []

    def characters(self, content):
        if self._buf is not None:
            self._buf.append(content)

    def endElement(self, name):
        if name == "title":
            self.titles.append("".join(self._buf))
            self._buf = None


def parse_feed(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleCollector()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles


if __name__ == "__main__":
    print(parse_feed(sys.stdin))
