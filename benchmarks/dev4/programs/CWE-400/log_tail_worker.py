import concurrent.futures
import gzip
import sys

MAX_LINE = 64 * 1024
MAX_WORKERS = 4


def count_errors(path):
    opener = gzip.open if path.endswith(".gz") else open
    errors = 0
    with opener(path, "rb") as fh:
        while True:
            line = fh.readline(MAX_LINE)
            if not line:
                break
            if b" ERROR " in line:
                errors += 1
    return path, errors


def main(paths):
    with concurrent.futures.ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        for path, errors in pool.map(count_errors, paths):
            print(f"{errors:8d} {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
