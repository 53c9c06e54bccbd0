"""Negative: a prompt loop asks again after bad input; the person at the terminal ends it."""
import click


def ask_port():
    while True:
        raw = click.prompt("Port")
        try:
            return int(raw)
        except ValueError:
            click.echo("not a number, try again")
