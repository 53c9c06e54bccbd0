#!/usr/bin/env python3
"""Copies the day's upload folders to the backup volume and clears the originals."""
import os
import shutil
import sys

SOURCE = os.environ.get("UPLOAD_ROOT", "/srv/uploads/incoming")
DEST = os.environ.get("BACKUP_ROOT", "/mnt/backup/uploads")


def copy_tree(src, dst):
    for root, _dirs, files in os.walk(src):
        rel = os.path.relpath(root, src)
        target = os.path.join(dst, rel)
        os.makedirs(target, exist_ok=True)
        for name in files:
            try:
                shutil.copy2(os.path.join(root, name), os.path.join(target, name))
            except:
                pass


def clear(src):
    for entry in os.listdir(src):
        path = os.path.join(src, entry)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)


def main():
    copy_tree(SOURCE, DEST)
    clear(SOURCE)
    print("backup complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
