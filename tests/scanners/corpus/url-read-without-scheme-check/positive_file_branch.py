import json
from urllib.parse import urlparse
from urllib.request import urlopen


def load_manifest(location):
    parts = urlparse(location)
    if parts.scheme == "file":
        with open(parts.path) as fh:
            return json.load(fh)
    else:
        with urlopen(location) as resp:
            return json.load(resp)
