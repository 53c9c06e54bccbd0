"""Negative example for stdlib-xml-parser-external-entities: the rule must not flag this."""
import xml.sax
from xml.sax.handler import feature_external_ges
def parse(path, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(path)
