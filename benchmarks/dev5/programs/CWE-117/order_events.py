"""Consumes order events from a message queue and appends them to an audit trail."""
import json
import os
from datetime import datetime, timezone

AUDIT_FILE = os.environ.get("ORDER_AUDIT", "/var/log/orders/audit.log")


class AuditTrail:
    def __init__(self, path):
        self.path = path

    def write(self, actor, action, details):
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        entry = f"{stamp} actor={actor} action={action} {details}\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(entry)


def describe(event):
    note = event.get("customer_note", "")
    return "order={} amount={} note={}".format(event["order_id"], event["amount"], note)


def consume(messages, trail=None):
    trail = trail or AuditTrail(AUDIT_FILE)
    for raw in messages:
        event = json.loads(raw)
        trail.write(event.get("user", "unknown"), event.get("type", "update"), describe(event))


if __name__ == "__main__":
    import sys
    consume(sys.stdin)
