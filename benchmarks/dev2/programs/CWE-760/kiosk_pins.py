import hashlib
import hmac
import json
import os
from pathlib import Path

import click

STORE = Path(os.environ.get("KIOSK_PIN_STORE", "pins.json"))


def derive(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024).hex()


def load() -> dict:
    return json.loads(STORE.read_text()) if STORE.exists() else {}


@click.group()
def cli():
    """Manage staff passcodes for the kiosk."""


@cli.command()
@click.argument("staff_id")
@click.password_option("--passcode")
def enrol(staff_id, passcode):
    records = load()
    salt = os.urandom(16)
    records[staff_id] = {"salt": salt.hex(), "hash": derive(passcode, salt)}
    STORE.write_text(json.dumps(records))
    click.echo(f"enrolled {staff_id}")


@cli.command()
@click.argument("staff_id")
@click.option("--passcode", prompt=True, hide_input=True)
def check(staff_id, passcode):
    record = load().get(staff_id)
    ok = record is not None and hmac.compare_digest(
        record["hash"], derive(passcode, bytes.fromhex(record["salt"]))
    )
    click.echo("ok" if ok else "denied")


if __name__ == "__main__":
    cli()
