#!/usr/bin/env python3
"""Moves yesterday's log folders to the archive volume, removing each source only after a verified copy."""
import filecmp
import logging
import os
import shutil
import sys

log = logging.getLogger("rotate")
SOURCE = os.environ.get("LOG_ROOT", "/var/log/app/daily")
DEST = os.environ.get("ARCHIVE_ROOT", "/mnt/archive/logs")


def copy_verified(src_file, dst_file):
    shutil.copy2(src_file, dst_file)
    if not filecmp.cmp(src_file, dst_file, shallow=False):
        raise IOError(f"verification failed for {dst_file}")


def rotate(src_root, dst_root):
    failures = []
    for entry in sorted(os.listdir(src_root)):
        src_dir = os.path.join(src_root, entry)
        if not os.path.isdir(src_dir):
            continue
        dst_dir = os.path.join(dst_root, entry)
        try:
            os.makedirs(dst_dir, exist_ok=True)
            for name in os.listdir(src_dir):
                copy_verified(os.path.join(src_dir, name), os.path.join(dst_dir, name))
        except OSError as exc:
            log.error("keeping %s, copy failed: %s", src_dir, exc)
            failures.append(entry)
            continue
        shutil.rmtree(src_dir)
        log.info("archived %s", entry)
    return failures


def main():
    logging.basicConfig(level=logging.INFO)
    try:
        failures = rotate(SOURCE, DEST)
    except OSError as exc:
        log.critical("rotation aborted: %s", exc)
        return 2
    if failures:
        log.error("%d folder(s) not archived: %s", len(failures), ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
