"""Positive example for xml-parse-of-request-without-defusedxml: pulldom expands the document's entities."""
from xml.dom import pulldom


def count_items(body: str) -> int:
    events = pulldom.parseString(body)
    return sum(1 for event, node in events if event == pulldom.START_ELEMENT and node.tagName == "item")
