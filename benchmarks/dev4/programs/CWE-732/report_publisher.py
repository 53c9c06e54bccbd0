"""Nightly job: render the public status report into the web root."""
import logging
import os
import tempfile
from datetime import datetime, timezone

WEB_ROOT = "/var/www/status"
log = logging.getLogger("status")


def render(checks):
    rows = "".join(
        f"<tr><td>{name}</td><td>{'up' if ok else 'down'}</td></tr>" for name, ok in checks
    )
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return f"<html><body><p>Updated {stamp}</p><table>{rows}</table></body></html>"


def publish(checks):
    html = render(checks)
    fd, tmp = tempfile.mkstemp(dir=WEB_ROOT, suffix=".tmp")
    with os.fdopen(fd, "w") as fh:
        fh.write(html)
    # world-readable for the web server, writable only by this job's user
    os.chmod(tmp, 0o644)
    os.replace(tmp, os.path.join(WEB_ROOT, "index.html"))
    log.info("published %d checks", len(checks))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    publish([("api", True), ("db", True), ("queue", False)])
