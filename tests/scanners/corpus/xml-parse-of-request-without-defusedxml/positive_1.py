"""Positive example for xml-parse-of-request-without-defusedxml: the rule must flag this."""
import xml.etree.ElementTree as ET
def parse(text):
    return ET.fromstring(text)
