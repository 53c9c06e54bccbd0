import json
import os
import tempfile

CACHE_DIR = tempfile.mkdtemp(prefix="myapp-cache-")


def cache_session(session_id, data):
    fd = os.open(os.path.join(CACHE_DIR, session_id + ".json"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
