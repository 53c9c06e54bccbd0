"""Negative example for sudo-for-own-files: the user's own notes are archived with the user's own
rights."""

import subprocess
from pathlib import Path

NOTES = Path.home() / "notes"


def backup_notes(dest):
    archive = f"{dest}/notes.tar.gz"
    subprocess.check_call(["tar", "czf", archive, str(NOTES)])
    return archive
