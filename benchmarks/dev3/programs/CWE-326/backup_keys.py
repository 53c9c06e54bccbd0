import click
from Crypto.PublicKey import RSA

MIN_BITS = 3072


@click.command()
@click.option("--bits", default=4096, show_default=True, type=int)
@click.option("--out", default="backup_rsa", show_default=True)
@click.password_option("--passphrase")
def main(bits, out, passphrase):
    """Generate the RSA key pair used to wrap nightly backup data keys."""
    if bits < MIN_BITS:
        raise click.BadParameter(f"key size must be at least {MIN_BITS} bits", param_hint="--bits")
    key = RSA.generate(bits)
    with open(out + ".pem", "wb") as fh:
        fh.write(key.export_key(passphrase=passphrase, pkcs=8, protection="scryptAndAES256-CBC"))
    with open(out + ".pub.pem", "wb") as fh:
        fh.write(key.publickey().export_key())
    click.echo(f"wrote {out}.pem ({bits} bits)")


if __name__ == "__main__":
    main()
