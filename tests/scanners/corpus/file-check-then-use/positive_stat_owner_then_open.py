"""Positive: the owner is decided from os.stat(path), then the path is opened again by name (swap window)."""
import os


def install_user_config(config_path, caller_uid):
    info = os.stat(config_path)
    if info.st_uid != caller_uid or info.st_mode & 0o022:
        raise PermissionError("config must belong to the caller")
    with open(config_path, "rb") as handle:
        return handle.read()
