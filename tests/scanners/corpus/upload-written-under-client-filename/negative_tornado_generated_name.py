import os
import uuid

import tornado.web

DROP = "/srv/data/uploads"


class DropHandler(tornado.web.RequestHandler):
    def post(self):
        upload = self.request.files["payload"][0]
        stored = uuid.uuid4().hex + ".bin"
        with open(os.path.join(DROP, stored), "wb") as out:
            out.write(upload["body"])
        self.write({"id": stored, "original": upload["filename"]})
