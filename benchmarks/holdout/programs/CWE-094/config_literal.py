import ast
import sys


def load_settings(path):
    """Read key=value lines where values are Python literals."""
    settings = {}
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            settings[key.strip()] = ast.literal_eval(value.strip())
    return settings


if __name__ == "__main__":
    print(load_settings(sys.argv[1]))
