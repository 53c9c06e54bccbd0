"""Background transcoding jobs pulled from a Redis queue."""
import json
import os
import logging

import redis

log = logging.getLogger("transcoder")
PRESETS = {"720p": "-vf scale=-2:720", "1080p": "-vf scale=-2:1080"}


class TranscodeJob:
    def __init__(self, raw):
        data = json.loads(raw)
        self.source = data["source"]
        self.output = data["output"]
        self.preset = data.get("preset", "720p")

    def command(self):
        opts = PRESETS.get(self.preset, PRESETS["720p"])
        return "ffmpeg -y -i '{}' {} '{}'".format(self.source, opts, self.output)


def run_job(job):
    cmd = job.command()
    log.info("running %s", cmd)
    status = os.system(cmd)
    if status != 0:
        log.error("ffmpeg failed with %s", status)
    return status


def worker(queue_name="transcode"):
    conn = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost"))
    while True:
        _, raw = conn.blpop(queue_name)
        run_job(TranscodeJob(raw))


if __name__ == "__main__":
    worker()
