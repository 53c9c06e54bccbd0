import falcon
from lxml import etree


class CatalogResource:
    """Accepts supplier catalogs and checks them against their declared DTD."""

    def __init__(self):
        self.parser = etree.XMLParser(
            load_dtd=True,
            dtd_validation=True,
            no_network=False,
        )
        self.catalogs = []

    def on_post(self, req, resp):
        data = req.bounded_stream.read()
        try:
            root = etree.fromstring(data, self.parser)
        except etree.XMLSyntaxError as exc:
            resp.status = falcon.HTTP_400
            resp.media = {"error": "catalog failed validation", "detail": str(exc)}
            return
        products = [
            {"sku": p.get("sku"), "name": p.findtext("name"), "price": p.findtext("price")}
            for p in root.iter("product")
        ]
        self.catalogs.append(products)
        resp.status = falcon.HTTP_201
        resp.media = {"products": len(products)}


app = falcon.App()
app.add_route("/catalogs", CatalogResource())
