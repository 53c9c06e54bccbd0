"""An argparse tool passes its --modulus option (default 1536) through a helper to the DSA generator."""
import argparse

from cryptography.hazmat.primitives.asymmetric import dsa


class Signer:
    def __init__(self, modulus):
        self.key = self._new_key(modulus)

    def _new_key(self, modulus):
        return dsa.generate_private_key(key_size=modulus)


def cli():
    parser = argparse.ArgumentParser()
    parser.add_argument("--modulus", type=int, default=1536)
    opts = parser.parse_args()
    signer = Signer(opts.modulus)
    print(signer.key.key_size)


if __name__ == "__main__":
    cli()
