"""Positive example for privilege-flag-set-from-input: the listing options are filled attribute by attribute
from the query string, so ?can_delete=1 turns on a permission flag the server meant to decide."""

from flask import Flask, request

app = Flask(__name__)


class ListingOptions:
    def __init__(self):
        self.limit = 50
        self.order = "name"
        self.can_delete = False

    def apply(self, source):
        for name, raw in source.items():
            if hasattr(self, name):
                setattr(self, name, raw)
        return self


@app.route("/files")
def files():
    opts = ListingOptions().apply(request.args)
    return {"limit": opts.limit, "delete_buttons": bool(opts.can_delete)}
