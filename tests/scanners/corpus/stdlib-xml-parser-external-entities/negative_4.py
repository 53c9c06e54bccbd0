"""Negative example for stdlib-xml-parser-external-entities: the caller's values are XML-escaped into a fixed template."""

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape


def greeting_element(name: str, city: str) -> ET.Element:
    return ET.fromstring(f"<greeting><name>{escape(name)}</name><city>{escape(city)}</city></greeting>")
