"""Positive example for generated-files-served-unauthenticated: invoices are rendered into Flask's static
folder, so /static/invoice_<order>.html is readable by anyone who counts order numbers."""

import os

from flask import Flask

INVOICE_DIR = os.path.join(os.path.dirname(__file__), "public")
app = Flask(__name__, static_folder=INVOICE_DIR)


def render_invoice(order_id, html):
    filename = f"invoice_{order_id}.html"
    with open(os.path.join(INVOICE_DIR, filename), mode="w") as fh:
        fh.write(html)
    return "/static/" + filename
