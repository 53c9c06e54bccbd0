"""Positive example for privilege-flag-set-from-input: a queue consumer decodes the producer's message and
lets its "perms" object override the server defaults, including is_admin."""

import json

BASE_PERMS = {"is_admin": False, "max_upload_mb": 10}


def on_event(payload_bytes, storage):
    evt = json.loads(payload_bytes)
    perms = {**BASE_PERMS, **evt.get("perms", {})}
    if evt["action"] == "purge" and perms["is_admin"]:
        storage.purge(evt["bucket"])
