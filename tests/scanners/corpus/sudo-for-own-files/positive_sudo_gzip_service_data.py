import subprocess
from pathlib import Path

EXPORTS = Path("/srv/reports/exports")


def compress_all() -> None:
    for report in EXPORTS.glob("*.csv"):
        subprocess.run(["sudo", "gzip", "-9", str(report)], check=True)
