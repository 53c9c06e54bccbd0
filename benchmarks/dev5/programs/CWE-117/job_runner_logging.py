"""Batch job runner that emits structured JSON logs for the log pipeline."""
import json
import logging
import sys
import time


class JsonFormatter(logging.Formatter):
    def format(self, record):
        doc = {
            "ts": round(record.created, 3),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in ("job", "submitted_by"):
            if hasattr(record, key):
                doc[key] = getattr(record, key)
        return json.dumps(doc, ensure_ascii=True)


def get_logger():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("jobs")
    logger.handlers = [handler]
    logger.setLevel(logging.INFO)
    return logger


def run(job_name, submitted_by, steps):
    log = get_logger()
    extra = {"job": job_name, "submitted_by": submitted_by}
    log.info("job started", extra=extra)
    started = time.monotonic()
    for step in steps:
        log.info("running step %s", step, extra=extra)
    log.info("job finished in %.2fs", time.monotonic() - started, extra=extra)


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], sys.argv[3:])
