import csv


class Importer:
    def load(self, path):
        with open(path, newline="") as fh:
            rows = list(csv.reader(fh))
        kept = []
        row_no = 1  # skip the header
        while row_no < len(rows):
            row = rows[row_no]
            try:
                amount = float(row[2])
            except (IndexError, ValueError):
                if row and row[0].startswith("--"):
                    continue
                amount = 0.0
            if amount < 0:
                continue
            kept.append((row[0], amount))
            row_no = row_no + 1
        return kept
