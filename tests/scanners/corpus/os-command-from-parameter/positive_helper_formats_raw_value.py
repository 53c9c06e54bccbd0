"""Positive: a helper formats a caller's value into a shell line without quoting; the line runs with shell=True."""
import subprocess

import click


def ping_line(host, count):
    return "ping -c {} {}".format(int(count), host)


@click.command()
@click.argument("host")
def ping(host):
    line = ping_line(host, 4)
    subprocess.run(line, shell=True, check=False)
