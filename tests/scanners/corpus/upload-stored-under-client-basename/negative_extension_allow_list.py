"""Negative: only allow-listed extensions pass (a dot-file has none), and the name is not a dot-file."""
import os

ALLOWED = {".png", ".jpg"}


def keep(doc):
    label = os.path.basename(doc.filename)
    if label.startswith(".") or os.path.splitext(label)[1].lower() not in ALLOWED:
        raise ValueError("bad name")
    doc.save(os.path.join("/var/www/shared", label))
    return label
