import os

import tornado.web

DROP = "/srv/www/downloads"


class DropHandler(tornado.web.RequestHandler):
    def post(self):
        upload = self.request.files["payload"][0]
        name = upload["filename"]
        with open(os.path.join(DROP, name), "wb") as out:
            out.write(upload["body"])
        self.write({"ok": name})
