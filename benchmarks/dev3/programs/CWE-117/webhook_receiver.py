import json
import logging

from aiohttp import web


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {"time": self.formatTime(record), "level": record.levelname,
                 "msg": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry)


handler = logging.FileHandler("webhooks.log")
handler.setFormatter(JsonFormatter())
log = logging.getLogger("webhooks")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def receive(request: web.Request) -> web.Response:
    event = request.headers.get("X-Event-Type", "unknown")
    source = request.headers.get("User-Agent", "")
    log.info("webhook received", extra={"fields": {"event": event, "source": source}})
    return web.json_response({"accepted": True})


app = web.Application()
app.router.add_post("/hooks", receive)
