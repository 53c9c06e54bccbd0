"""Positive: a per-day log name in /var/tmp is built first, then appended to (pre-creatable, symlinkable)."""
import datetime


def record(event):
    day = datetime.date.today().isoformat()
    log_name = f"/var/tmp/audit-{day}.log"
    with open(log_name, "a") as sink:
        sink.write(event + "\n")
