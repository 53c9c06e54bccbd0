"""Positive example for file-owner-not-verified: a backup agent (run as root by systemd) runs every
plugin script found in its plugin directory, never checking who owns the scripts or the directory."""

import runpy
from pathlib import Path

PLUGINS = Path("/opt/backup-agent/plugins.d")


def run_plugins(event):
    for script in sorted(PLUGINS.glob("*.py")):
        namespace = runpy.run_path(str(script))
        handler = namespace.get("on_" + event)
        if handler:
            handler()
