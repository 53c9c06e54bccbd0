"""Stores FTP sync profiles for the desktop uploader and runs uploads."""
import ftplib
import json
import os
from pathlib import Path

PROFILE_FILE = Path.home() / ".uploader" / "profiles.json"


class ProfileStore:
    def __init__(self, path=PROFILE_FILE):
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def load(self):
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())

    def save_profile(self, name, host, user, password, remote_dir="/"):
        profiles = self.load()
        profiles[name] = {
            "host": host,
            "user": user,
            "password": password,
            "remote_dir": remote_dir,
        }
        self.path.write_text(json.dumps(profiles, indent=2))


def upload(profile, local_path):
    with ftplib.FTP(profile["host"]) as ftp:
        ftp.login(profile["user"], profile["password"])
        ftp.cwd(profile["remote_dir"])
        with open(local_path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(local_path), fh)


if __name__ == "__main__":
    import argparse
    import getpass

    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--add", nargs=3, metavar=("HOST", "USER", "DIR"))
    parser.add_argument("file", nargs="?")
    args = parser.parse_args()
    store = ProfileStore()
    if args.add:
        host, user, remote = args.add
        store.save_profile(args.profile, host, user, getpass.getpass(), remote)
    elif args.file:
        upload(store.load()[args.profile], args.file)
