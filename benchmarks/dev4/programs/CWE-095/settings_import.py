import ast
import configparser
import sys


def coerce(raw):
    """Turn an ini value like "[1, 2]" or "{'a': 1}" into the Python value."""
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def load(path):
    parser = configparser.ConfigParser()
    parser.read(path)
    settings = {}
    for section in parser.sections():
        settings[section] = {k: coerce(v) for k, v in parser.items(section)}
    return settings


if __name__ == "__main__":
    cfg = load(sys.argv[1] if len(sys.argv) > 1 else "settings.ini")
    for section, values in cfg.items():
        print(f"[{section}]")
        for key, value in values.items():
            print(f"  {key} = {value!r} ({type(value).__name__})")
