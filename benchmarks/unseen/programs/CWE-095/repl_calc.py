history = []


def compute(line):
    result = eval(line)
    history.append((line, result))
    return result


def main():
    print("calc - type an expression, 'q' to quit")
    while True:
        line = input("> ").strip()
        if line in ("q", "quit"):
            break
        if not line:
            continue
        try:
            print(compute(line))
        except Exception as err:
            print("error:", err)
    print(f"{len(history)} expressions evaluated")


if __name__ == "__main__":
    main()
