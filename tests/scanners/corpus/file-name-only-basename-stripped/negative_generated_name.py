"""Negative: the client's name is kept only as metadata; the stored file gets a generated uuid name."""
import json
import os
import uuid

PUBLIC = "/srv/public/reports"


def publish(requested_name: str, text: str) -> str:
    label = os.path.basename(requested_name)
    stored = uuid.uuid4().hex + ".txt"
    with open(os.path.join(PUBLIC, stored), "w") as fh:
        fh.write(text)
    with open(os.path.join(PUBLIC, stored + ".json"), "w") as meta:
        json.dump({"label": label}, meta)
    return stored
