"""Positive: an exporter keeps a guessable path under the shared temp dir on self and writes it in another method."""
import csv
import os
import tempfile


class CsvExporter:
    def __init__(self, report_name):
        self.target = os.path.join(tempfile.gettempdir(), report_name + ".csv")

    def write(self, rows):
        with open(self.target, "w", newline="") as out:
            csv.writer(out).writerows(rows)
        return self.target
