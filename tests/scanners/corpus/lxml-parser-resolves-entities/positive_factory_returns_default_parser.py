"""Positive example for lxml-parser-resolves-entities: the factory returns a parser that still
resolves entities, so the parse it feeds is XXE-prone."""
from lxml import etree


def build_parser():
    return etree.XMLParser(remove_blank_text=True)


def load_catalog(raw):
    return etree.fromstring(raw, parser=build_parser())
