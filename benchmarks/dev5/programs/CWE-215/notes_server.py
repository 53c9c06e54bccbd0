"""Tornado notes service."""
import os

import tornado.ioloop
import tornado.web

NOTES = []


class NotesHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"notes": NOTES})

    def post(self):
        NOTES.append(self.get_body_argument("text")[:500])
        self.set_status(201)


def make_app():
    debug = os.environ.get("NOTES_DEBUG", "").lower() in ("1", "true", "yes")
    return tornado.web.Application([(r"/notes", NotesHandler)], debug=debug,
                                   serve_traceback=False)


if __name__ == "__main__":
    make_app().listen(int(os.environ.get("PORT", "8000")))
    tornado.ioloop.IOLoop.current().start()
