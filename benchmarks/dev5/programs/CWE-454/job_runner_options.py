"""Task runner: submitters may tune a few options; policy settings come from this module only."""
import json
import subprocess

import redis

POLICY = {
    "sandbox": True,
    "allowed_commands": ("convert", "ffmpeg", "pdftotext"),
    "run_as": "jobs",
    "max_timeout": 300,
}
TUNABLE = {"timeout": int, "nice": int}


def job_options(job: dict) -> dict:
    opts = {"timeout": 120, "nice": 10}
    for key, value in job.get("options", {}).items():
        if key in TUNABLE:
            opts[key] = TUNABLE[key](value)
    opts["timeout"] = max(1, min(opts["timeout"], POLICY["max_timeout"]))
    opts["nice"] = max(0, min(opts["nice"], 19))
    return opts


def run(job: dict) -> int:
    argv = list(job["argv"])
    if argv[0] not in POLICY["allowed_commands"]:
        return 126
    opts = job_options(job)
    cmd = ["sudo", "-u", POLICY["run_as"], "nice", "-n", str(opts["nice"]), "firejail", "--quiet", "--"] + argv
    return subprocess.run(cmd, timeout=opts["timeout"]).returncode


def loop(queue: redis.Redis) -> None:
    while True:
        _, raw = queue.blpop("jobs")
        job = json.loads(raw)
        queue.rpush(f"result:{job['id']}", run(job))


if __name__ == "__main__":
    loop(redis.Redis(host="queue", port=6379))
