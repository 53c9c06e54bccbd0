"""Positive: a Flask audit context keeps the Referer and a query parameter on itself and logs them unmodified."""
import logging

from flask import Flask, request

app = Flask(__name__)
audit_log = logging.getLogger("audit")


class AuditContext:
    def __init__(self, req):
        self.referer = req.headers.get("Referer", "")
        self.source = req.args.get("src", "web")

    def emit(self, action):
        audit_log.info("action=%s referer=%s source=%s", action, self.referer, self.source)


@app.post("/export")
def export():
    AuditContext(request).emit("export")
    return "", 204
