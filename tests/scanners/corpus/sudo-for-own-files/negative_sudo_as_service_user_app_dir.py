import subprocess
from pathlib import Path

EXPORTS = Path("/srv/reports/exports")


def compress_all() -> None:
    for report in EXPORTS.glob("*.csv"):
        subprocess.run(["sudo", "-u", "reports", "gzip", "-9", str(report)], check=True)
