import argparse
import os
import shutil
import sys

BACKUP_ROOT = os.path.realpath("/var/backups/app")


def resolve_in_root(root, user_path):
    candidate = os.path.realpath(os.path.join(root, user_path))
    if os.path.commonpath([root, candidate]) != root:
        raise ValueError(f"{user_path!r} is outside the backup area")
    return candidate


def restore(snapshot, target_dir):
    source = resolve_in_root(BACKUP_ROOT, snapshot)
    if not os.path.isfile(source):
        raise FileNotFoundError(source)
    os.makedirs(target_dir, exist_ok=True)
    dest = os.path.join(target_dir, os.path.basename(source))
    shutil.copy2(source, dest)
    return dest


def main():
    parser = argparse.ArgumentParser(description="Restore a snapshot file")
    parser.add_argument("snapshot", help="path relative to the backup root")
    parser.add_argument("--to", default="./restored")
    args = parser.parse_args()
    try:
        print("restored to", restore(args.snapshot, args.to))
    except (ValueError, FileNotFoundError) as exc:
        print("error:", exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
