"""click --key-size defaults to 3072 and the command refuses anything under 2048."""
import click
from Crypto.PublicKey import RSA


@click.command()
@click.option("--key-size", type=int, default=3072)
def make_key(key_size):
    if key_size < 2048:
        raise click.BadParameter("key size must be at least 2048")
    click.echo(RSA.generate(key_size).export_key().decode())
