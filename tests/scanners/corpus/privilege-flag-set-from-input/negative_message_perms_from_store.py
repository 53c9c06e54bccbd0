"""Negative example for privilege-flag-set-from-input: the consumer merges the defaults with permissions
loaded from the server's own store for the user the message names, never with the message itself."""

import json

BASE_PERMS = {"is_admin": False, "max_upload_mb": 10}


def on_event(payload_bytes, storage, perm_store):
    evt = json.loads(payload_bytes)
    perms = {**BASE_PERMS, **perm_store.lookup(int(evt["user_id"]))}
    if evt["action"] == "purge" and perms["is_admin"]:
        storage.purge(evt["bucket"])
