"""Positive example for xml-dtd-loaded-from-document: the rule must flag this."""
from lxml import etree
def parse(path):
    parser = etree.XMLParser(load_dtd=True)
    return etree.parse(path, parser)
