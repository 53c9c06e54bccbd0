"""Desktop helper: export a saved report to the user's Documents folder."""
import csv
from pathlib import Path

EXPORT_DIR = Path.home() / "Documents" / "Reports"


class ReportExporter:
    def __init__(self, export_dir=EXPORT_DIR):
        self.export_dir = Path(export_dir)

    def filename_for(self, title):
        cleaned = title.replace("/", "_").replace("\\", "_").strip()
        return f"{cleaned}.csv"

    def export(self, title, rows):
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path = self.export_dir / self.filename_for(title)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow(row)
        return path


if __name__ == "__main__":
    import sys
    title = input("Report title: ")
    out = ReportExporter().export(title, [["region", "total"], ["north", 10]])
    print(f"saved to {out}", file=sys.stderr)
