import getpass
import os

import click
import paramiko


@click.command()
@click.argument("local_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--host", default="sftp.partner.example")
@click.option("--user", default=lambda: os.environ.get("USER"))
def push(local_dir, host, user):
    password = os.environ.get("PARTNER_SFTP_PASSWORD") or getpass.getpass(f"password for {user}@{host}: ")
    transport = paramiko.Transport((host, 22))
    transport.connect(username=user, password=password)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sorted(os.listdir(local_dir)):
            sftp.put(os.path.join(local_dir, name), f"incoming/{name}")
            click.echo(f"uploaded {name}")
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    push()
