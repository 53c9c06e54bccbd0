import re
from pathlib import Path

import click

WORKSPACE_ROOT = Path.home() / ".workspaces"
NAME_RULE = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
RESERVED = {"con", "prn", "aux", "nul", "com1", "lpt1", "default", "shared"}


def checked_name(name: str) -> str:
    lowered = name.lower()
    if not NAME_RULE.fullmatch(lowered) or lowered in RESERVED:
        raise click.BadParameter(
            "use 1-40 lowercase letters, digits, '-' or '_', starting with a letter or digit"
        )
    return lowered


@click.group()
def cli():
    """Manage local project workspaces."""


@cli.command()
@click.argument("name")
def create(name):
    workspace = WORKSPACE_ROOT / checked_name(name)
    workspace.mkdir(parents=True, exist_ok=False)
    (workspace / "notes.md").write_text(f"# {workspace.name}\n")
    click.echo(f"created {workspace}")


@cli.command(name="list")
def list_workspaces():
    for path in sorted(WORKSPACE_ROOT.glob("*")):
        click.echo(path.name)


if __name__ == "__main__":
    cli()
