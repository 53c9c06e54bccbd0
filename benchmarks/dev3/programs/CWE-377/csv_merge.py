import csv
import os
import shutil
import sys
import tempfile


def merge(inputs, output):
    header = None
    with tempfile.NamedTemporaryFile("w", newline="", suffix=".csv", delete=False,
                                     dir=os.path.dirname(os.path.abspath(output))) as tmp:
        writer = csv.writer(tmp)
        for path in inputs:
            with open(path, newline="") as fh:
                rows = csv.reader(fh)
                first = next(rows, None)
                if header is None and first is not None:
                    header = first
                    writer.writerow(header)
                for row in rows:
                    writer.writerow(row)
    shutil.move(tmp.name, output)


if __name__ == "__main__":
    merge(sys.argv[2:], sys.argv[1])
