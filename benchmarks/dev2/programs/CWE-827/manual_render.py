import argparse
import sys
from xml.sax.saxutils import escape

from defusedxml import ElementTree as DET
from defusedxml import DTDForbidden, EntitiesForbidden

TAGS = {"section": "section", "title": "h2", "para": "p", "emphasis": "em"}


def render(node, out):
    tag = TAGS.get(node.tag)
    if tag:
        out.write(f"<{tag}>")
    if node.text:
        out.write(escape(node.text))
    for child in node:
        render(child, out)
    if tag:
        out.write(f"</{tag}>")
    if node.tail:
        out.write(escape(node.tail))


def main():
    ap = argparse.ArgumentParser(description="Convert a manual file submitted by authors to HTML")
    ap.add_argument("source")
    args = ap.parse_args()
    try:
        tree = DET.parse(args.source, forbid_dtd=True)
    except (DTDForbidden, EntitiesForbidden):
        sys.exit("documents must not contain a DOCTYPE")
    render(tree.getroot(), sys.stdout)


if __name__ == "__main__":
    main()
