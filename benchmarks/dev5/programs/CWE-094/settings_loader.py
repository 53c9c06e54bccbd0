"""Read KEY=VALUE settings files where values are Python literals."""
import ast
import sys


def parse_settings(text):
    settings = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, raw = line.partition("=")
        if not sep:
            raise ValueError(f"line {lineno}: expected KEY=VALUE")
        try:
            settings[key.strip()] = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError):
            settings[key.strip()] = raw.strip()
    return settings


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for k, v in parse_settings(fh.read()).items():
            print(f"{k} -> {v!r}")
