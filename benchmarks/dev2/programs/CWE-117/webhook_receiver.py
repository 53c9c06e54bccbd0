import json
import logging
import sys

from bottle import Bottle, request

app = Bottle()


class JsonLineFormatter(logging.Formatter):
    def format(self, record):
        entry = {"ts": self.formatTime(record), "level": record.levelname, "msg": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(JsonLineFormatter())
log = logging.getLogger("webhooks")
log.addHandler(handler)
log.setLevel(logging.INFO)


@app.post("/hooks/<source>")
def receive(source):
    event = request.headers.get("X-Event-Type", "unknown")
    log.info("webhook received", extra={"fields": {"source": source, "event": event}})
    return {"accepted": True}
