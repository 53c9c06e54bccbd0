"""Positive example for stdlib-xml-parser-external-entities: the rule must flag this."""
import xml.sax
def parse(path, handler):
    parser = xml.sax.make_parser()
    parser.setContentHandler(handler)
    parser.parse(path)
