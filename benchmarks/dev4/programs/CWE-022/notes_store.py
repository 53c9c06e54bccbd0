import os
import re

from bottle import Bottle, request, abort

app = Bottle()
NOTES_DIR = os.path.abspath("notes")
NOTE_NAME = re.compile(r"^[a-z0-9_-]{1,40}$")


class NoteStore:
    def __init__(self, base):
        self.base = base

    def path_for(self, slug):
        if not NOTE_NAME.match(slug):
            raise ValueError("invalid note name")
        return os.path.join(self.base, slug + ".txt")

    def read(self, slug):
        with open(self.path_for(slug), encoding="utf-8") as fh:
            return fh.read()

    def write(self, slug, text):
        with open(self.path_for(slug), "w", encoding="utf-8") as fh:
            fh.write(text)


store = NoteStore(NOTES_DIR)


@app.get("/notes/<slug>")
def show(slug):
    try:
        return store.read(slug)
    except (ValueError, FileNotFoundError):
        abort(404)


@app.post("/notes/<slug>")
def save(slug):
    try:
        store.write(slug, request.forms.get("body", ""))
    except ValueError:
        abort(400)
    return {"saved": slug}
