"""Negative example for deprecated-insecure-function: the current replacements."""

import collections.abc
import shlex
import subprocess
from datetime import datetime, timezone


def run_listed(commands):
    if not isinstance(commands, collections.abc.Mapping):
        raise TypeError("expected a mapping")
    stamp = datetime.now(timezone.utc).isoformat()
    for name, arg in commands.items():
        subprocess.run(["echo", stamp, shlex.quote(name), arg], check=False)
