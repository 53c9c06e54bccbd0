import sys

import click
import yaml


REQUIRED = ("name", "stages")


def read_spec(path):
    with open(path, "r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise click.ClickException("top level must be a mapping")
    for key in REQUIRED:
        if key not in data:
            raise click.ClickException(f"missing key: {key}")
    return data


@click.command()
@click.argument("spec_files", nargs=-1, type=click.Path(exists=True))
def main(spec_files):
    """Validate pipeline specs sent in by users before import."""
    failed = 0
    for path in spec_files:
        try:
            spec = read_spec(path)
        except click.ClickException as exc:
            click.echo(f"{path}: {exc.message}", err=True)
            failed += 1
            continue
        click.echo(f"{path}: {spec['name']} ({len(spec['stages'])} stages)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
