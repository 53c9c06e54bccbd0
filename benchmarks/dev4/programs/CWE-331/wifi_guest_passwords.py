"""Generate daily guest Wi-Fi passphrases for the front desk printer."""
import argparse
import secrets


def load_words(path):
    with open(path, encoding="utf-8") as fh:
        words = [w.strip().lower() for w in fh if w.strip().isalpha()]
    if len(words) < 2000:
        raise SystemExit("word list too short for a strong passphrase")
    return words


def passphrase(words, count=5):
    return "-".join(secrets.choice(words) for _ in range(count))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()
    words = load_words(args.words)
    for day in range(1, args.days + 1):
        print(f"day {day}: {passphrase(words)}")


if __name__ == "__main__":
    main()
