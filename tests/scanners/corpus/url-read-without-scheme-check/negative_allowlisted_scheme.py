import json
from urllib.parse import urlparse
from urllib.request import urlopen


def load_manifest(location):
    if urlparse(location).scheme not in ("https",):
        raise ValueError("only https manifests are accepted")
    with urlopen(location) as resp:
        return json.load(resp)
