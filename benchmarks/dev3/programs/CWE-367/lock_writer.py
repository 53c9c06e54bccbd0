import errno
import json
import os
import sys
import time

STATE_DIR = "/var/lib/harvester"


def claim_batch(batch_id: str, worker: str) -> bool:
    """Atomically claim a batch; only one worker may create the claim file."""
    path = os.path.join(STATE_DIR, f"{batch_id}.claim")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            return False
        raise
    with os.fdopen(fd, "w") as fh:
        json.dump({"worker": worker, "ts": time.time()}, fh)
    return True


if __name__ == "__main__":
    worker = os.environ.get("HOSTNAME", "worker")
    for batch in sys.argv[1:]:
        print(batch, "claimed" if claim_batch(batch, worker) else "taken")
