"""Search a product catalogue stored as XML."""
import argparse

from lxml import etree


class Catalog:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def _expr(self, category, max_price):
        return "/catalog/product[@category='{}' and price <= {}]".format(category, max_price)

    def search(self, category, max_price):
        finder = etree.XPath(self._expr(category, max_price))
        for product in finder(self.tree):
            yield product.get("sku"), product.findtext("title"), product.findtext("price")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("catalog")
    ap.add_argument("--category", required=True)
    ap.add_argument("--max-price", default="1000000")
    args = ap.parse_args()
    for sku, title, price in Catalog(args.catalog).search(args.category, args.max_price):
        print(f"{sku}\t{price}\t{title}")


if __name__ == "__main__":
    main()
