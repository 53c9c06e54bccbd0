"""Tornado service that searches the product catalog stored as a single XML document."""
import tornado.ioloop
import tornado.web
from lxml import etree

CATALOG_PATH = "data/catalog.xml"


class Catalog:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def search(self, category, max_price=None):
        conditions = [f"@category='{category}'"]
        if max_price is not None:
            conditions.append(f"number(price) <= {max_price}")
        expr = "//product[" + " and ".join(conditions) + "]"
        return [
            {
                "sku": node.get("sku"),
                "name": node.findtext("name"),
                "price": node.findtext("price"),
            }
            for node in self.tree.xpath(expr)
            if node.get("hidden") != "true"
        ]


class SearchHandler(tornado.web.RequestHandler):
    def initialize(self, catalog):
        self.catalog = catalog

    def get(self):
        category = self.get_argument("category")
        max_price = self.get_argument("max_price", None)
        if max_price is not None:
            try:
                max_price = float(max_price)
            except ValueError:
                raise tornado.web.HTTPError(400, "max_price must be a number")
        self.write({"results": self.catalog.search(category, max_price)})


def make_app():
    catalog = Catalog(CATALOG_PATH)
    return tornado.web.Application([(r"/search", SearchHandler, {"catalog": catalog})])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
