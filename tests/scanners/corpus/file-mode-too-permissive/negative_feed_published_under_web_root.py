import json
import os

WEB_ROOT = os.environ.get("WEB_ROOT", "/srv/site")


def publish_feed(items):
    target = os.path.join(WEB_ROOT, "feed.json")
    with open(target, "w") as fh:
        json.dump(items, fh)
    os.chmod(os.path.join(WEB_ROOT, "feed.json"), 0o644)
