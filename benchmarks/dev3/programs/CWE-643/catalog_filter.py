"""Search the product catalog XML by category from the command line."""
import argparse
import xml.etree.ElementTree as ET


class Catalog:
    def __init__(self, path):
        self.root = ET.parse(path).getroot()

    def in_category(self, category):
        return [
            (p.get("sku"), p.findtext("title"), p.findtext("price"))
            for p in self.root.iter("product")
            if p.get("category") == category
        ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("catalog")
    ap.add_argument("category")
    args = ap.parse_args()
    for sku, title, price in Catalog(args.catalog).in_category(args.category):
        print(f"{sku:10} {price:>8}  {title}")


if __name__ == "__main__":
    main()
