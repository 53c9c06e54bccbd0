import ast
import argparse
import sys


def parse_settings(path):
    settings = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, raw_value = line.partition("=")
            if not sep:
                raise ValueError(f"line {lineno}: expected key = value")
            try:
                settings[key.strip()] = ast.literal_eval(raw_value.strip())
            except (ValueError, SyntaxError):
                settings[key.strip()] = raw_value.strip()
    return settings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    args = parser.parse_args()
    for key, value in sorted(parse_settings(args.file).items()):
        print(f"{key}: {value!r} ({type(value).__name__})")


if __name__ == "__main__":
    sys.exit(main())
