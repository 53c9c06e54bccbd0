"""A click command whose --key-size option defaults to 1024 bits: an operator who takes the default
gets a key that can be factored."""
import click
from Crypto.PublicKey import RSA


@click.command()
@click.option("--key-size", type=int, default=1024, show_default=True)
@click.argument("out")
def make_key(key_size, out):
    key = RSA.generate(key_size)
    with open(out, "wb") as fh:
        fh.write(key.export_key())


if __name__ == "__main__":
    make_key()
