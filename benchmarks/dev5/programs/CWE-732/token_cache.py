"""Caches the OAuth refresh token for the CLI in the user's config directory."""
import json
import os
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "acme-cli"
CACHE_FILE = CACHE_DIR / "token.json"


def save_token(token: dict) -> None:
    CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(CACHE_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        os.fchmod(fh.fileno(), 0o600)
        json.dump(token, fh)


def load_token():
    try:
        with open(CACHE_FILE) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return None
