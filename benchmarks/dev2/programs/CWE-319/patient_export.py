import os
from urllib.parse import urlparse

import click
import requests


def checked_endpoint(url: str) -> str:
    if urlparse(url).scheme != "https":
        raise click.BadParameter("the records endpoint must be an https:// URL")
    return url


@click.command()
@click.option("--endpoint", default="https://records.example.org/api/patients")
@click.argument("patient_id")
def export(endpoint, patient_id):
    """Fetch a patient record and store it locally."""
    url = checked_endpoint(endpoint)
    resp = requests.get(
        f"{url}/{patient_id}",
        headers={"Authorization": f"Bearer {os.environ['RECORDS_TOKEN']}"},
        timeout=20,
    )
    resp.raise_for_status()
    out = f"patient_{patient_id}.json"
    with open(out, "w") as fh:
        fh.write(resp.text)
    click.echo(f"wrote {out}")


if __name__ == "__main__":
    export()
