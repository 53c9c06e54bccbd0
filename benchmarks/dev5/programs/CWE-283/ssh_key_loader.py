"""Load a private key for the deploy tool, refusing files the user does not own."""
import os
import stat

import paramiko


class KeyFileError(PermissionError):
    pass


def check_key_file(path):
    st = os.stat(path, follow_symlinks=False)
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError(f"{path} is not a regular file")
    if st.st_uid != os.getuid():
        raise KeyFileError(f"{path} is owned by uid {st.st_uid}, not by you")
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"{path} is accessible by group/others; chmod 600 it")
    return path


def load_deploy_key(path=None):
    path = path or os.path.expanduser("~/.ssh/deploy_ed25519")
    check_key_file(path)
    return paramiko.Ed25519Key.from_private_key_file(path)


if __name__ == "__main__":
    key = load_deploy_key()
    print("loaded", key.get_name(), key.get_fingerprint().hex())
