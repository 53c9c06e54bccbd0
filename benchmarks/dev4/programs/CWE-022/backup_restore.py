import tarfile
import sys
from pathlib import Path


def restore(archive_path, target_dir):
    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            dest = target / member.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            with open(dest, "wb") as out:
                out.write(src.read())
            print(f"restored {member.name}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: backup_restore.py ARCHIVE TARGET_DIR")
        sys.exit(2)
    restore(sys.argv[1], sys.argv[2])
