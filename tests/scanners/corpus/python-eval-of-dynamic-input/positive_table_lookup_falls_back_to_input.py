"""Positive example for python-eval-of-dynamic-input: a preset table is consulted, but an unknown
name falls back to the caller's own text, which is then evaluated."""
import sys

PRESETS = {"double": "n * 2", "square": "n ** 2"}


def apply(name, n):
    expr = PRESETS.get(name, name)
    return eval(expr, {"__builtins__": {}}, {"n": n})


if __name__ == "__main__":
    print(apply(sys.argv[1], int(sys.argv[2])))
