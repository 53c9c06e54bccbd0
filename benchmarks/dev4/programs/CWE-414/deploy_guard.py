import os
import subprocess
import sys

import click

FREEZE_FILE = "/etc/deploy/FREEZE"
RELEASES = "/srv/app/releases"


def frozen():
    return os.path.exists(FREEZE_FILE)


def switch_release(version):
    target = os.path.join(RELEASES, version)
    if not os.path.isdir(target):
        raise click.ClickException(f"release {version} not found")
    tmp_link = "/srv/app/current.tmp"
    if os.path.lexists(tmp_link):
        os.remove(tmp_link)
    os.symlink(target, tmp_link)
    os.replace(tmp_link, "/srv/app/current")
    subprocess.run(["systemctl", "reload", "app"], check=True)


@click.group()
def cli():
    pass


@cli.command()
@click.argument("version")
def deploy(version):
    if frozen():
        click.echo("deploys are frozen; remove the freeze file first", err=True)
        sys.exit(1)
    switch_release(version)
    click.echo(f"deployed {version}")


@cli.command()
@click.argument("version")
def rollback(version):
    """Emergency rollback to a previous release."""
    switch_release(version)
    click.echo(f"rolled back to {version}")


if __name__ == "__main__":
    cli()
