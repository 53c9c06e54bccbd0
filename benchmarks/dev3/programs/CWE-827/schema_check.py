import io

import tornado.ioloop
import tornado.web
from lxml import etree


class ValidationJob:
    def __init__(self, document: bytes, dtd_location: str):
        self.document = document
        self.dtd_location = dtd_location

    def run(self):
        dtd = etree.DTD(self.dtd_location)
        doc = etree.parse(io.BytesIO(self.document))
        valid = dtd.validate(doc)
        return {"valid": valid, "errors": [str(e) for e in dtd.error_log.filter_from_errors()]}


class ValidateHandler(tornado.web.RequestHandler):
    def post(self):
        dtd_url = self.get_argument("dtd", "https://schemas.example.com/order.dtd")
        job = ValidationJob(self.request.body, dtd_url)
        self.write(job.run())


if __name__ == "__main__":
    tornado.web.Application([(r"/validate", ValidateHandler)]).listen(8000)
    tornado.ioloop.IOLoop.current().start()
