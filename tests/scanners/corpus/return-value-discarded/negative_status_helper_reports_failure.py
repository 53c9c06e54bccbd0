"""Negative: the upload helper checks the exit status itself, logs the failure and keeps the local file; its True/False is only a summary the loop may ignore."""
import logging
import os
import subprocess

log = logging.getLogger("sync")


def push(path: str) -> bool:
    proc = subprocess.run(["scp", path, "backup:/srv/incoming/"], capture_output=True)
    if proc.returncode != 0:
        log.error("upload of %s failed: %s", path, proc.stderr)
        return False
    os.remove(path)
    return True


def push_all(folder: str) -> None:
    for name in sorted(os.listdir(folder)):
        push(os.path.join(folder, name))
