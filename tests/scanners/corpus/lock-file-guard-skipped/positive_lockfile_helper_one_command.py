import argparse
import os
import shutil

LOCK_PATH = "/var/lib/backup/backup.lock"


def backup_running():
    return os.path.isfile(LOCK_PATH)


def prune_snapshots(keep):
    snaps = sorted(os.listdir("/var/lib/backup/snaps"))
    for old in snaps[:-keep]:
        shutil.rmtree(os.path.join("/var/lib/backup/snaps", old))


def cmd_prune(args):
    if backup_running():
        raise SystemExit("a backup is running; try later")
    prune_snapshots(args.keep)


def cmd_cron(args):
    prune_snapshots(7)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("cmd")
    p.add_argument("--keep", type=int, default=7)
    a = p.parse_args()
    {"prune": cmd_prune, "cron": cmd_cron}[a.cmd](a)
