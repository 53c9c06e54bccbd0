"""Positive example for sudo-for-own-files: a backup helper copies the user's own notes directory with
sudo, so tar runs as root for files the user already owns."""

import subprocess
from pathlib import Path

NOTES = Path.home() / "notes"


def backup_notes(dest):
    archive = f"{dest}/notes.tar.gz"
    subprocess.check_call(["sudo", "tar", "czf", archive, str(NOTES)])
    return archive
