import argparse
import sys

MAX_LINE = 1 << 16


def count_words(stream):
    counts = {}
    for line in iter(lambda: stream.readline(MAX_LINE), ""):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?")
    args = parser.parse_args()
    stream = open(args.path, encoding="utf-8") if args.path else sys.stdin
    with stream:
        counts = count_words(stream)
    for word, n in sorted(counts.items(), key=lambda kv: -kv[1])[:20]:
        print(n, word)


if __name__ == "__main__":
    main()
