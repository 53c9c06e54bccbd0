"""Negative: the SAX parser has external general and parameter entities explicitly switched off."""
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


def count_elements(upload):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    seen = []
    handler = xml.sax.ContentHandler()
    handler.startElement = lambda name, attrs: seen.append(name)
    parser.setContentHandler(handler)
    parser.parse(upload)
    return len(seen)
