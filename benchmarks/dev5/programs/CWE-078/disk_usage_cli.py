import shlex
import subprocess
import sys

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--depth", type=click.IntRange(0, 10), default=1)
def main(paths, depth):
    """Print disk usage for the given directories."""
    quoted = " ".join(shlex.quote(p) for p in paths)
    cmd = f"du -h --max-depth={depth} -- {quoted} | sort -h"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    click.echo(proc.stdout, nl=False)
    if proc.returncode:
        click.echo(proc.stderr, err=True)
        sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
