"""Positive: a helper stores each upload under its basename-stripped client name in a served folder."""
import os

PUBLIC = "/var/www/shared"


def keep(doc):
    label = os.path.basename(doc.filename)
    doc.save(os.path.join(PUBLIC, label))
    return label
