"""Positive example for lxml-parser-resolves-entities: the rule must flag this."""
from lxml import etree
def parse(path):
    return etree.parse(path).getroot()
