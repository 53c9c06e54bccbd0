import json
import os
import tempfile

CONF_DIR = os.path.expanduser("~/.config/syncer")


def save_login(user, refresh_token):
    fd, tmp = tempfile.mkstemp(dir=CONF_DIR)
    with os.fdopen(fd, "w") as fh:
        json.dump({"user": user, "refresh_token": refresh_token}, fh)
    os.chmod(tmp, 0o644)
    os.replace(tmp, os.path.join(CONF_DIR, "credentials.json"))
