"""Negative example for python-eval-of-dynamic-input: sanity checks are code objects compiled from
a constant table at import time; a worker runs them against a record."""

CHECKS = {
    "positive_total": compile("record['total'] > 0", "positive_total", "eval"),
    "has_owner": compile("bool(record.get('owner'))", "has_owner", "eval"),
}


class RecordValidator:
    def failures(self, record):
        failed = []
        for label, check in CHECKS.items():
            if not eval(check, {"__builtins__": {"bool": bool}}, {"record": record}):
                failed.append(label)
        return failed
