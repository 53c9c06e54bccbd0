"""The profile file keeps only non-secret fields; the password goes to the OS keyring."""
import json

import keyring


def save_profile(path, name, host, user, password):
    keyring.set_password("uploader:" + name, user, password)
    profile = {"host": host, "user": user, "password_ref": name}
    with open(path, "w") as fh:
        json.dump(profile, fh)
