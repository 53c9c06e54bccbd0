"""Negative example for lxml-parser-resolves-entities: every parse uses a parser from a module
factory that turns off entity resolution and DTD loading."""
from lxml import etree


def safe_parser():
    return etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


class FeedReader:
    def read(self, path):
        return etree.parse(path, safe_parser()).getroot()

    def read_text(self, text):
        return etree.XML(text, parser=safe_parser())
