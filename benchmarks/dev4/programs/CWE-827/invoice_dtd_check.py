"""Check partner invoices against our own bundled DTD."""
import argparse
from pathlib import Path

from lxml import etree

DTD_PATH = Path(__file__).with_name("invoice-1.2.dtd")


def load_schema():
    with DTD_PATH.open("rb") as fh:
        return etree.DTD(fh)


def parse_invoice(path):
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)
    tree = etree.parse(str(path), parser)
    if tree.docinfo.doctype:
        raise ValueError("invoices must not carry their own DOCTYPE")
    return tree


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("invoices", nargs="+", type=Path)
    args = ap.parse_args()
    dtd = load_schema()
    for path in args.invoices:
        try:
            tree = parse_invoice(path)
        except (etree.XMLSyntaxError, ValueError) as exc:
            print(f"{path}: unreadable ({exc})")
            continue
        ok = dtd.validate(tree)
        print(f"{path}: {'valid' if ok else dtd.error_log.filter_from_errors()}")


if __name__ == "__main__":
    main()
