"""Positive example for lxml-parser-resolves-entities: a hardened factory exists, but this parse
uses another helper whose parser resolves entities."""
from lxml import etree


def strict_parser():
    return etree.XMLParser(resolve_entities=False, load_dtd=False)


def lenient_parser():
    return etree.XMLParser(recover=True)


def parse_settings(path):
    return etree.parse(path, strict_parser())


def parse_upload(blob):
    return etree.fromstring(blob, lenient_parser())


def parse_settings_again(path):
    return etree.parse(path, parser=strict_parser())
