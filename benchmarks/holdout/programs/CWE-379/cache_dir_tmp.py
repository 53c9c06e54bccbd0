import json
import os

CACHE_DIR = "/tmp/myapp-cache"


def cache_session(session_id, data):
    os.makedirs(CACHE_DIR, exist_ok=True)
    with open(os.path.join(CACHE_DIR, session_id + ".json"), "w") as fh:
        json.dump(data, fh)
