"""Worker that consumes job messages from a Redis list."""
import json
import logging

import redis

log = logging.getLogger("worker")
QUEUE = "jobs:incoming"


def handle(job):
    kind = job.get("kind")
    if kind == "resize":
        log.info("resizing %s to %sx%s", job["image"], job["w"], job["h"])
    elif kind == "notify":
        log.info("notifying user %s", job["user_id"])
    else:
        log.warning("unknown job kind %r", kind)


def decode(payload):
    job = json.loads(payload)
    if not isinstance(job, dict):
        raise ValueError("job must be an object")
    return job


def run(client):
    while True:
        _, payload = client.blpop(QUEUE)
        try:
            job = decode(payload)
        except ValueError as exc:
            log.error("dropping malformed job: %s", exc)
            continue
        handle(job)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(redis.Redis(host="localhost", port=6379))
