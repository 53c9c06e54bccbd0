"""Negative example for python-eval-of-dynamic-input: the evaluated text is an entry of a constant
table written in the module; the caller only picks the key and supplies numbers."""
import argparse

OPERATIONS = {"add": "a + b", "sub": "a - b", "mul": "a * b"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("op", choices=sorted(OPERATIONS))
    parser.add_argument("a", type=float)
    parser.add_argument("b", type=float)
    args = parser.parse_args()
    print(eval(OPERATIONS[args.op], {"__builtins__": {}}, {"a": args.a, "b": args.b}))


if __name__ == "__main__":
    main()
