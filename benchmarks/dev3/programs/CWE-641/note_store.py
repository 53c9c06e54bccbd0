"""Tiny note-taking service: each note is a file nginx also serves under /notes/."""
import os

import falcon

NOTES_DIR = "/srv/www/public/notes"


class NoteResource:
    def on_put(self, req, resp, title):
        body = req.bounded_stream.read().decode("utf-8")
        path = os.path.join(NOTES_DIR, os.path.basename(title))
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(body)
        resp.status = falcon.HTTP_201
        resp.media = {"saved": os.path.basename(title)}

    def on_get(self, req, resp, title):
        path = os.path.join(NOTES_DIR, os.path.basename(title))
        if not os.path.isfile(path):
            raise falcon.HTTPNotFound()
        with open(path, encoding="utf-8") as fh:
            resp.text = fh.read()


app = falcon.App()
app.add_route("/notes/{title}", NoteResource())
