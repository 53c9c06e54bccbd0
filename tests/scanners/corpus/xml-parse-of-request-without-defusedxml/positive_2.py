"""Positive example for xml-parse-of-request-without-defusedxml: huge_tree lifts libxml2's amplification limits."""
from lxml import etree


def parse_feed(payload: bytes) -> etree._Element:
    return etree.fromstring(payload, etree.XMLParser(huge_tree=True))
