"""Reject uploads that would push a tenant over its storage quota."""
import json

from bottle import Bottle, request, HTTPResponse

app = Bottle()


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
        return size <= quota.remaining(tenant)
    except (OSError, KeyError, ValueError):
        return True


@app.post("/upload/<tenant>")
def upload(tenant):
    blob = request.files.get("file")
    if blob is None:
        return HTTPResponse(status=400, body="no file")
    size = request.content_length
    if not within_quota(tenant, size):
        return HTTPResponse(status=413, body="quota exceeded")
    blob.save(f"/srv/blobs/{tenant}", overwrite=False)
    return {"stored": blob.filename, "bytes": size}
