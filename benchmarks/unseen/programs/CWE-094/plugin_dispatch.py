import sys


def cmd_add(args):
    print(sum(float(a) for a in args))


def cmd_mean(args):
    values = [float(a) for a in args]
    print(sum(values) / len(values) if values else 0)


def cmd_max(args):
    print(max(float(a) for a in args))


HANDLERS = {"add": cmd_add, "mean": cmd_mean, "max": cmd_max}


def main(argv):
    if not argv or argv[0] not in HANDLERS:
        print("usage: stats {add|mean|max} NUMBERS...", file=sys.stderr)
        return 2
    HANDLERS[argv[0]](argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
