"""Negative example for privilege-flag-set-from-input: only allow-listed display options are taken from the
query string; the permission flag is the server's."""

from flask import Flask, request

app = Flask(__name__)
DISPLAY_OPTIONS = ("limit", "order")


class ListingOptions:
    def __init__(self):
        self.limit = 50
        self.order = "name"
        self.can_delete = False

    def apply(self, source):
        for name, raw in source.items():
            if name in DISPLAY_OPTIONS:
                setattr(self, name, raw)
        return self


@app.route("/files")
def files():
    opts = ListingOptions().apply(request.args)
    return {"limit": opts.limit, "delete_buttons": bool(opts.can_delete)}
