"""Negative example for xml-dtd-loaded-from-document: entity resolution is switched off and no external
DTD is loaded (lxml's default), so the document's DTD cannot inject content."""
from lxml import etree


def manifest_entries(blob: bytes) -> list[str]:
    strict = etree.XMLParser(resolve_entities=False, huge_tree=False)
    root = etree.fromstring(blob, strict)
    return [entry.text or "" for entry in root.findall("entry")]
