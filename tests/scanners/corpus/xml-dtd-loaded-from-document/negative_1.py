"""Negative example for xml-dtd-loaded-from-document: the rule must not flag this."""
from lxml import etree
def parse(path):
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)
    return etree.parse(path, parser)
