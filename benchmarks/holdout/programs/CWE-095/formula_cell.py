import csv
import sys


def compute(path):
    """Evaluate cells that start with '=' as formulas over previous columns."""
    results = []
    with open(path, newline="") as fh:
        for row in csv.reader(fh):
            values = []
            for cell in row:
                if cell.startswith("="):
                    values.append(eval(cell[1:], {"cols": values}))
                else:
                    values.append(cell)
            results.append(values)
    return results


if __name__ == "__main__":
    print(compute(sys.argv[1]))
