"""Tiny note-taking service: each note is a file nginx also serves under /notes/."""
import os
import re

import falcon

NOTES_DIR = "/srv/www/public/notes"
TITLE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def note_path(title):
    if not TITLE_RE.fullmatch(title):
        raise falcon.HTTPBadRequest(description="title must be 1-64 letters, digits, _ or -")
    return os.path.join(NOTES_DIR, title + ".txt")


class NoteResource:
    def on_put(self, req, resp, title):
        body = req.bounded_stream.read().decode("utf-8")
        with open(note_path(title), "w", encoding="utf-8") as fh:
            fh.write(body)
        resp.status = falcon.HTTP_201
        resp.media = {"saved": title}

    def on_get(self, req, resp, title):
        path = note_path(title)
        if not os.path.isfile(path):
            raise falcon.HTTPNotFound()
        with open(path, encoding="utf-8") as fh:
            resp.text = fh.read()


app = falcon.App()
app.add_route("/notes/{title}", NoteResource())
