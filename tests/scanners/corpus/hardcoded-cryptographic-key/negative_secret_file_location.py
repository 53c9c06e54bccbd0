import json
import os
from pathlib import Path

KEYS_PATH_DEFAULT = "/run/secrets/signing_keys.json"
SIGNING_SECRETS = os.getenv("SIGNING_SECRETS", "/etc/myapp/signing.json")
API_SECRET = os.environ.get("API_SECRET_LOCATION_OVERRIDE", "./secrets/api.pem")


def load_keys() -> dict:
    return json.loads(Path(SIGNING_SECRETS).read_text())
