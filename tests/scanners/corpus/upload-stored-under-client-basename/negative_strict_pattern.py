"""Negative: the basename must fully match a strict pattern (no leading dot, fixed extensions) before it is used."""
import os
import re

NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,60}\.(png|jpg|pdf)")


def keep(doc):
    label = os.path.basename(doc.filename).lower()
    if not NAME.fullmatch(label):
        raise ValueError("bad name")
    doc.save(os.path.join("/var/www/shared", label))
    return label
