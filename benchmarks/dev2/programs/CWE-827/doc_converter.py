import argparse
import sys
import xml.sax
from xml.sax.handler import feature_external_pes, feature_external_ges
from xml.sax.saxutils import escape


class HtmlWriter(xml.sax.ContentHandler):
    TAGS = {"section": "section", "title": "h2", "para": "p", "emphasis": "em"}

    def __init__(self, out):
        super().__init__()
        self.out = out

    def startElement(self, name, attrs):
        if name in self.TAGS:
            self.out.write(f"<{self.TAGS[name]}>")

    def endElement(self, name):
        if name in self.TAGS:
            self.out.write(f"</{self.TAGS[name]}>")

    def characters(self, content):
        self.out.write(escape(content))


def convert(source, out):
    parser = xml.sax.make_parser()
    # documents declare their own DTD, which defines the shared entities they use
    parser.setFeature(feature_external_pes, True)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(HtmlWriter(out))
    parser.parse(source)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Convert a DocBook-like file submitted by authors to HTML")
    ap.add_argument("source")
    args = ap.parse_args()
    convert(args.source, sys.stdout)
