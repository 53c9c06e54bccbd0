"""`pkgtool login` - remember credentials for the private package registry."""
import base64
import getpass
import json
import os
from pathlib import Path

import click
import requests

CONFIG = Path.home() / ".pkgtool" / "config.json"


def store_credentials(registry, user, password):
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(CONFIG.read_text()) if CONFIG.exists() else {}
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    data.setdefault("registries", {})[registry] = {"auth": token}
    CONFIG.write_text(json.dumps(data, indent=2))


@click.command()
@click.option("--registry", default="https://pkgs.internal.example.com")
@click.option("--user", prompt=True)
def login(registry, user):
    password = getpass.getpass("Password: ")
    resp = requests.get(f"{registry}/api/v1/whoami", auth=(user, password), timeout=10)
    if resp.status_code != 200:
        raise click.ClickException("login failed")
    store_credentials(registry, user, password)
    click.echo(f"Logged in to {registry} as {user}")


if __name__ == "__main__":
    login()
