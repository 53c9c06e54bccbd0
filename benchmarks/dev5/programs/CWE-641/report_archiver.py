"""Saves generated reports under a name chosen by the requesting analyst."""
import argparse
import re
from pathlib import Path

ARCHIVE = Path("/srv/reports/archive")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {
    f"lpt{i}" for i in range(1, 10)
}


class ReportNameError(ValueError):
    pass


def report_filename(requested: str) -> str:
    if not NAME_RE.fullmatch(requested):
        raise ReportNameError("use 1-64 letters, digits, '-' or '_', starting with a letter or digit")
    if requested.lower() in WINDOWS_RESERVED:
        raise ReportNameError("that name is reserved")
    return requested + ".csv"


def archive_report(requested_name: str, content: str) -> Path:
    ARCHIVE.mkdir(parents=True, exist_ok=True)
    path = ARCHIVE / report_filename(requested_name)
    if path.exists():
        raise FileExistsError(path.name)
    path.write_text(content, encoding="utf-8")
    return path


def main():
    parser = argparse.ArgumentParser(description="archive a report CSV")
    parser.add_argument("name")
    parser.add_argument("source", type=Path)
    args = parser.parse_args()
    try:
        saved = archive_report(args.name, args.source.read_text(encoding="utf-8"))
    except (ReportNameError, FileExistsError) as exc:
        parser.error(str(exc))
    print(f"saved {saved}")


if __name__ == "__main__":
    main()
