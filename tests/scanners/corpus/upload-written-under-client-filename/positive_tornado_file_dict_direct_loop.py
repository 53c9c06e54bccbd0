import os

import tornado.web

INBOX = "/srv/inbox"


class MultiUpload(tornado.web.RequestHandler):
    async def put(self):
        for entry in self.request.files.get("attachments", []):
            fname = entry["filename"]
            with open(os.path.join(INBOX, fname), "wb") as fh:
                fh.write(entry["body"])
        self.set_status(204)
