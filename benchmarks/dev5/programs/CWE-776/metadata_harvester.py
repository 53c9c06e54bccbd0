"""Harvests Dublin Core records from uploaded OAI-PMH export files."""
import argparse
import json

from lxml import etree

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def make_parser():
    # entities are left unresolved and no DTD is loaded; libxml2's size limits stay on
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


class Harvester:
    def __init__(self):
        self.parser = make_parser()

    def records(self, path):
        tree = etree.parse(path, self.parser)
        for rec in tree.iterfind(".//oai:record", NS):
            yield {
                "id": rec.findtext("oai:header/oai:identifier", namespaces=NS),
                "title": rec.findtext(".//dc:title", namespaces=NS),
                "creators": [c.text for c in rec.iterfind(".//dc:creator", NS)],
            }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("exports", nargs="+")
    args = ap.parse_args()
    harvester = Harvester()
    for path in args.exports:
        try:
            for record in harvester.records(path):
                print(json.dumps(record))
        except etree.XMLSyntaxError as exc:
            print(f"skipping {path}: {exc}")


if __name__ == "__main__":
    main()
