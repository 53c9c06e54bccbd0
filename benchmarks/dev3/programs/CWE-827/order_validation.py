import io
import os

import tornado.ioloop
import tornado.web
from lxml import etree

DTD_DIR = os.path.join(os.path.dirname(__file__), "dtds")
KNOWN_DTDS = {name: etree.DTD(os.path.join(DTD_DIR, name + ".dtd"))
              for name in ("order", "invoice", "shipment")}
PARSER = etree.XMLParser(load_dtd=False, dtd_validation=False, resolve_entities=False,
                         no_network=True)


class ValidationJob:
    def __init__(self, document: bytes, kind: str):
        self.document = document
        self.dtd = KNOWN_DTDS[kind]

    def run(self):
        doc = etree.parse(io.BytesIO(self.document), PARSER)
        if doc.docinfo.internalDTD is not None or doc.docinfo.system_url:
            return {"valid": False, "errors": ["DOCTYPE declarations are not accepted"]}
        valid = self.dtd.validate(doc)
        return {"valid": valid, "errors": [str(e) for e in self.dtd.error_log.filter_from_errors()]}


class ValidateHandler(tornado.web.RequestHandler):
    def post(self):
        kind = self.get_argument("kind", "order")
        if kind not in KNOWN_DTDS:
            raise tornado.web.HTTPError(400, "unknown document kind")
        self.write(ValidationJob(self.request.body, kind).run())


if __name__ == "__main__":
    tornado.web.Application([(r"/validate", ValidateHandler)]).listen(8000)
    tornado.ioloop.IOLoop.current().start()
