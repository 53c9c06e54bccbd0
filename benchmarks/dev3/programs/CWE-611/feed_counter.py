"""Count items in partner RSS feeds pulled from their servers."""
import sys
import urllib.request

from defusedxml import sax as dsax
import xml.sax


class ItemCounter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = 0
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        if name == "item":
            self.items += 1
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title and content.strip():
            self.titles.append(content.strip())

    def endElement(self, name):
        self._in_title = False


def count(url):
    handler = ItemCounter()
    with urllib.request.urlopen(url, timeout=15) as resp:
        dsax.parse(resp, handler)
    return handler


if __name__ == "__main__":
    for feed_url in sys.argv[1:]:
        h = count(feed_url)
        print(feed_url, h.items, h.titles[:3])
