"""Reject uploads that would push a tenant over its storage quota."""
import json
import logging

from bottle import Bottle, request, HTTPResponse

app = Bottle()
log = logging.getLogger("quota")


class QuotaService:
    def __init__(self, path="quotas.json"):
        self.path = path

    def remaining(self, tenant):
        with open(self.path) as fh:
            quotas = json.load(fh)
        entry = quotas[tenant]
        return entry["limit"] - entry["used"]


quota = QuotaService()


def within_quota(tenant, size):
    try:
        return size is not None and size <= quota.remaining(tenant)
    except KeyError:
        return False
    except (OSError, ValueError):
        log.exception("quota lookup failed for %s", tenant)
        return False


@app.post("/upload/<tenant>")
def upload(tenant):
    blob = request.files.get("file")
    if blob is None:
        return HTTPResponse(status=400, body="no file")
    size = request.content_length
    if not within_quota(tenant, size):
        return HTTPResponse(status=413, body="quota exceeded or unavailable")
    blob.save(f"/srv/blobs/{tenant}", overwrite=False)
    return {"stored": blob.filename, "bytes": size}
