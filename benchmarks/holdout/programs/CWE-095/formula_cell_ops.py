import csv
import re
import sys

FORMULA = re.compile(r"^=(SUM|MAX)\((\d+(?:,\d+)*)\)$")
FUNCS = {"SUM": sum, "MAX": max}


def compute(path):
    results = []
    with open(path, newline="") as fh:
        for row in csv.reader(fh):
            values = []
            for cell in row:
                m = FORMULA.match(cell)
                if m:
                    idx = [int(i) for i in m.group(2).split(",")]
                    values.append(FUNCS[m.group(1)](float(values[i]) for i in idx if i < len(values)))
                else:
                    values.append(cell)
            results.append(values)
    return results


if __name__ == "__main__":
    print(compute(sys.argv[1]))
