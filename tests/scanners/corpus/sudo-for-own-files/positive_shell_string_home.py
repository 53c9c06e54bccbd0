"""Positive example for sudo-for-own-files: a cleanup script deletes the user's cache through a sudo
shell command."""

import os

CACHE = os.path.join(os.environ["HOME"], ".cache", "thumbs")


def clear_thumbnails():
    os.system(f"sudo rm -rf {CACHE}")
