"""Save the CLI's API token under the user's config directory."""
import json
import os
from pathlib import Path

import click

CONFIG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "shipit"
TOKEN_FILE = CONFIG_DIR / "credentials.json"


def save_token(token: str) -> Path:
    CONFIG_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(CONFIG_DIR, 0o700)
    fd = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)
    os.chmod(TOKEN_FILE, 0o600)
    return TOKEN_FILE


@click.command()
@click.option("--token", prompt=True, hide_input=True)
def login(token):
    path = save_token(token.strip())
    click.echo(f"Token saved to {path}")


if __name__ == "__main__":
    login()
