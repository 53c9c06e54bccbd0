"""Negative example for file-owner-not-verified: plugins run only when the directory and each script are
owned by root and writable by nobody else."""

import os
import runpy
import stat
from pathlib import Path

PLUGINS = Path("/opt/backup-agent/plugins.d")


def trusted(path):
    info = os.lstat(path)
    return info.st_uid == 0 and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def run_plugins(event):
    if not trusted(PLUGINS):
        raise SystemExit("plugin directory is not root-owned")
    for script in sorted(PLUGINS.glob("*.py")):
        if not stat.S_ISREG(os.lstat(script).st_mode) or not trusted(script):
            continue
        namespace = runpy.run_path(str(script))
        handler = namespace.get("on_" + event)
        if handler:
            handler()
