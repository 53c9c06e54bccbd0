from pathlib import Path

import falcon
from lxml import etree

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


class CatalogResource:
    """Accepts supplier catalogs and checks them against our catalog DTD."""

    def __init__(self):
        self.parser = etree.XMLParser(
            load_dtd=False,
            resolve_entities=False,
            no_network=True,
        )
        with open(SCHEMA_DIR / "catalog.dtd", "rb") as fh:
            self.dtd = etree.DTD(fh)
        self.catalogs = []

    def on_post(self, req, resp):
        data = req.bounded_stream.read()
        try:
            root = etree.fromstring(data, self.parser)
        except etree.XMLSyntaxError as exc:
            raise falcon.HTTPBadRequest(title="malformed catalog", description=str(exc))
        if not self.dtd.validate(root):
            raise falcon.HTTPBadRequest(
                title="catalog failed validation",
                description=str(self.dtd.error_log.filter_from_errors()),
            )
        products = [{"sku": p.get("sku"), "name": p.findtext("name")} for p in root.iter("product")]
        self.catalogs.append(products)
        resp.status = falcon.HTTP_201
        resp.media = {"products": len(products)}


app = falcon.App()
app.add_route("/catalogs", CatalogResource())
