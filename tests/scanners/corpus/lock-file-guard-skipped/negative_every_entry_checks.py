import os

import click

LOCKFILE = os.path.expanduser("~/.cache/sync/sync.lock")


def locked():
    return os.path.exists(LOCKFILE)


def sync_folder(name):
    click.echo(f"syncing {name}")


@click.group()
def cli():
    pass


@cli.command()
@click.argument("name")
def push(name):
    if locked():
        raise click.ClickException("another sync is running")
    sync_folder(name)


@cli.command()
def push_all():
    if locked():
        raise click.ClickException("another sync is running")
    for name in ("docs", "photos"):
        sync_folder(name)


@cli.command()
def status():
    click.echo("locked" if locked() else "idle")
