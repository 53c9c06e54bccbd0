import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import click


@contextmanager
def private_umask():
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


@click.command()
@click.argument("hostname")
@click.option("--out", type=click.Path(file_okay=False), default="/etc/myapp/tls")
def issue(hostname, out):
    """Create a self-signed key pair for HOSTNAME."""
    out_dir = Path(out)
    with private_umask():
        out_dir.mkdir(parents=True, exist_ok=True)
        key = out_dir / f"{hostname}.key"
        cert = out_dir / f"{hostname}.crt"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-days", "365",
             "-subj", f"/CN={hostname}", "-keyout", str(key), "-out", str(cert)],
            check=True,
        )
    key.chmod(0o600)
    cert.chmod(0o644)
    click.echo(f"key: {key}\ncert: {cert}")


if __name__ == "__main__":
    issue()
