"""Negative example for lxml-parser-resolves-entities: the upload handler parses with a hardened
parser built by a factory function."""
import falcon
from lxml import etree


def _xml_parser(huge=False):
    return etree.XMLParser(resolve_entities=False, load_dtd=False, huge_tree=huge)


class InvoiceResource:
    def on_post(self, req, resp):
        doc = etree.fromstring(req.bounded_stream.read(), parser=_xml_parser())
        resp.media = {"lines": len(doc.findall("line"))}
