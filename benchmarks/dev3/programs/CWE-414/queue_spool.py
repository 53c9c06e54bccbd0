import fcntl
import json
import os
import sys

SPOOL = "/var/spool/notify/outbox.jsonl"


def drain(send):
    """Send every queued notification, then truncate the spool.

    Producers append to the same file under fcntl.LOCK_EX.
    """
    fd = os.open(SPOOL, os.O_RDWR | os.O_CREAT, 0o600)
    with os.fdopen(fd, "r+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            fh.seek(0)
            for line in fh:
                if line.strip():
                    send(json.loads(line))
            fh.seek(0)
            fh.truncate()
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


if __name__ == "__main__":
    drain(lambda msg: print(json.dumps(msg), file=sys.stdout))
