"""Negative example for xml-parse-of-request-without-defusedxml: the rule must not flag this."""
import defusedxml.ElementTree as ET
def parse(text):
    return ET.fromstring(text)
