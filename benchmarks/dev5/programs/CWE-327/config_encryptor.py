"""CLI that encrypts/decrypts the deployment config before it is committed."""
import base64
import os

import click
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import padding


def _cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.ECB())


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = _cipher(key).encryptor()
    return enc.update(padded) + enc.finalize()


def decrypt_blob(key: bytes, blob: bytes) -> bytes:
    dec = _cipher(key).decryptor()
    padded = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def _key() -> bytes:
    return base64.b64decode(os.environ["CONFIG_KEY"])


@click.group()
def cli():
    pass


@cli.command()
@click.argument("src", type=click.Path(exists=True))
@click.argument("dst")
def seal(src, dst):
    with open(src, "rb") as f:
        blob = encrypt_blob(_key(), f.read())
    with open(dst, "wb") as f:
        f.write(base64.b64encode(blob))


@cli.command()
@click.argument("src", type=click.Path(exists=True))
def show(src):
    with open(src, "rb") as f:
        click.echo(decrypt_blob(_key(), base64.b64decode(f.read())).decode())


if __name__ == "__main__":
    cli()
