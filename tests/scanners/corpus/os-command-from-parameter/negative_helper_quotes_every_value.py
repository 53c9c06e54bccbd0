"""Negative: a helper builds the shell line with every inserted value shell-quoted or converted to int before os.system runs it."""
import os
import shlex

import click


def archive_line(folder, level):
    return f"tar -I 'zstd -{int(level)}' -cf {shlex.quote(folder + '.tar.zst')} {shlex.quote(folder)}"


@click.command()
@click.argument("folder")
@click.option("--level", default=3)
def pack(folder, level):
    line = archive_line(folder, level)
    raise SystemExit(os.system(line))
