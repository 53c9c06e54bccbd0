"""Positive example for deprecated-insecure-function: APIs removed from current Python."""

import collections
import pipes
import subprocess


def run_listed(commands):
    if not isinstance(commands, collections.Mapping):
        raise TypeError("expected a mapping")
    for name, arg in commands.items():
        subprocess.run("echo " + pipes.quote(name) + " " + pipes.quote(arg), shell=True, check=False)
