"""Setuid helper that lets users write their report into a path they choose."""
import os
import sys


def write_report(target, text):
    if not os.access(target, os.W_OK):
        sys.exit(f"permission denied: {target}")
    with open(target, "w") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: report_writer TARGET REPORT_NAME")
    target, report = sys.argv[1], sys.argv[2]
    with open(os.path.join("/opt/reports", os.path.basename(report))) as fh:
        text = fh.read()
    write_report(target, text)


if __name__ == "__main__":
    main()
