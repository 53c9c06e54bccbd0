"""Task runner that accepts job submissions from the web tier over a Redis queue."""
import json
import logging
import subprocess

import redis

log = logging.getLogger("runner")

DEFAULTS = {
    "timeout": 300,
    "sandbox": True,
    "allowed_commands": ["convert", "ffmpeg", "pdftotext"],
    "run_as": "jobs",
}


class JobRunner:
    def __init__(self, queue: redis.Redis):
        self.queue = queue

    def settings_for(self, job: dict) -> dict:
        settings = dict(DEFAULTS)
        settings.update(job.get("options", {}))
        return settings

    def run(self, job: dict) -> int:
        settings = self.settings_for(job)
        argv = job["argv"]
        if argv[0] not in settings["allowed_commands"]:
            log.warning("refusing %s", argv[0])
            return 126
        if settings["sandbox"]:
            argv = ["sudo", "-u", settings["run_as"], "firejail", "--quiet", "--"] + argv
        return subprocess.run(argv, timeout=settings["timeout"]).returncode

    def loop(self) -> None:
        while True:
            _, raw = self.queue.blpop("jobs")
            job = json.loads(raw)
            rc = self.run(job)
            self.queue.rpush(f"result:{job['id']}", rc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    JobRunner(redis.Redis(host="queue", port=6379)).loop()
