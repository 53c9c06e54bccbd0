import json
import logging
import sys


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "ts": self.formatTime(record),
            "level": record.levelname,
            "msg": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(JsonFormatter())
log = logging.getLogger("jobs")
log.addHandler(handler)
log.setLevel(logging.INFO)


def run_job(job):
    log.info("job started", extra={"fields": {"job_id": job.get("id"), "owner": job.get("owner")}})
    try:
        result = sum(job.get("values", []))
    except TypeError as exc:
        log.error("job failed", extra={"fields": {"job_id": job.get("id"), "error": str(exc)}})
        return None
    log.info("job finished", extra={"fields": {"job_id": job.get("id"), "result": result}})
    return result


if __name__ == "__main__":
    for line in sys.stdin:
        run_job(json.loads(line))
