"""Negative example for stdlib-xml-parser-external-entities: the stdlib parse is handed defusedxml's hardened parser."""

import xml.etree.ElementTree as ET

from defusedxml.ElementTree import DefusedXMLParser


def order_lines(body: bytes) -> list[str]:
    hardened = DefusedXMLParser()
    root = ET.fromstring(body, parser=hardened)
    return [line.get("sku", "") for line in root.iter("line")]
