import datetime
import shutil
import subprocess
from pathlib import Path

SPOOL = Path("/var/spool/exports")
REMOTE = "backup@archive.internal:/data/exports/"


def archive_day(day_dir: Path) -> bool:
    result = subprocess.run(["rsync", "-a", "--partial", str(day_dir), REMOTE])
    if result.returncode != 0:
        print(f"rsync failed for {day_dir} (exit {result.returncode}); keeping local copy")
        return False
    shutil.rmtree(day_dir)
    return True


def main():
    cutoff = datetime.date.today() - datetime.timedelta(days=7)
    for day_dir in sorted(SPOOL.iterdir()):
        try:
            day = datetime.date.fromisoformat(day_dir.name)
        except ValueError:
            continue
        if day < cutoff:
            archive_day(day_dir)


if __name__ == "__main__":
    main()
