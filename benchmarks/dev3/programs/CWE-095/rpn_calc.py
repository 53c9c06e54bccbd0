import operator
import sys

OPERATORS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": operator.pow,
}


def evaluate(expression):
    stack = []
    for token in expression.split():
        if token in OPERATORS:
            right, left = stack.pop(), stack.pop()
            stack.append(OPERATORS[token](left, right))
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            print(evaluate(line))
        except (ValueError, IndexError, ZeroDivisionError, OverflowError) as exc:
            print(f"error: {exc}")


if __name__ == "__main__":
    main()
