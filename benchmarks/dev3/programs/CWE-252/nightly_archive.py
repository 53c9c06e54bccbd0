import datetime
import shutil
import subprocess
import sys
from pathlib import Path

SPOOL = Path("/var/spool/exports")
REMOTE = "backup@archive.internal:/data/exports/"


def archive_day(day_dir: Path) -> None:
    subprocess.call(["rsync", "-a", "--partial", str(day_dir), REMOTE])
    shutil.rmtree(day_dir)
    print(f"archived and removed {day_dir}")


def main():
    cutoff = datetime.date.today() - datetime.timedelta(days=int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    for day_dir in sorted(SPOOL.iterdir()):
        try:
            day = datetime.date.fromisoformat(day_dir.name)
        except ValueError:
            continue
        if day < cutoff:
            archive_day(day_dir)


if __name__ == "__main__":
    main()
