"""Positive example for xml-dtd-loaded-from-document: DTD loading is off, but the parser still resolves
the entities the document's internal subset declares (e.g. <!ENTITY x SYSTEM "file:///etc/passwd">)."""
from lxml import etree


def catalogue_root(path: str) -> etree._Element:
    parser = etree.XMLParser(load_dtd=False, no_network=True, remove_comments=True)
    return etree.parse(path, parser).getroot()
