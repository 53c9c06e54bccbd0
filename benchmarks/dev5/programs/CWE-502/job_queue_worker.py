"""Worker that pulls job messages from a Redis list and dispatches them."""
import json
import logging
import os

import redis

log = logging.getLogger("worker")

HANDLERS = {}


def handler(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


@handler("resize")
def resize_image(payload):
    width = int(payload["width"])
    height = int(payload["height"])
    log.info("resizing %s to %dx%d", payload["key"], width, height)


@handler("notify")
def notify(payload):
    log.info("notifying user %s", payload["user_id"])


def decode_message(raw: bytes) -> dict:
    message = json.loads(raw.decode("utf-8"))
    if not isinstance(message, dict) or message.get("type") not in HANDLERS:
        raise ValueError("unknown message")
    return message


def run(client, queue="jobs"):
    while True:
        item = client.blpop(queue, timeout=30)
        if item is None:
            continue
        _, raw = item
        try:
            message = decode_message(raw)
        except ValueError as exc:
            log.warning("dropping message: %s", exc)
            continue
        HANDLERS[message["type"]](message.get("payload", {}))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))
