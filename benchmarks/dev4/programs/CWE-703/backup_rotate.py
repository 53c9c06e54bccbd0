"""Copy the nightly dump to the backup volume and prune old copies."""
import logging
import shutil
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger("backup")
KEEP = 14


def copy_dump(src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / f"db-{date.today():%Y%m%d}.dump"
    tmp = dest.with_suffix(".partial")
    try:
        shutil.copyfile(src, tmp)
        tmp.replace(dest)
    except OSError:
        log.exception("copy of %s failed", src)
        tmp.unlink(missing_ok=True)
        raise
    return dest


def prune(dest_dir: Path):
    dumps = sorted(dest_dir.glob("db-*.dump"))
    for old in dumps[:-KEEP]:
        try:
            old.unlink()
        except FileNotFoundError:
            continue
        except PermissionError as exc:
            log.error("cannot remove %s: %s", old, exc)


def main(src, dest_dir):
    try:
        written = copy_dump(Path(src), Path(dest_dir))
    except OSError:
        return 1
    prune(Path(dest_dir))
    log.info("backup written to %s", written)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1], sys.argv[2]))
