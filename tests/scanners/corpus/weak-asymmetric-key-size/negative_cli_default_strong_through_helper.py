"""The --bits option defaults to 4096 and a small count option exists too; the key is strong."""
import argparse

from cryptography.hazmat.primitives.asymmetric import rsa


def make(bits):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bits", type=int, default=4096)
    ap.add_argument("--count", type=int, default=3)
    ns = ap.parse_args()
    keys = [make(ns.bits) for _ in range(ns.count)]
    print(len(keys))


if __name__ == "__main__":
    main()
