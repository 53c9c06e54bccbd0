import json
import os
import stat


def runtime_dir():
    base = os.environ.get("XDG_RUNTIME_DIR") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "mailsync")
    os.makedirs(path, mode=0o700, exist_ok=True)
    st = os.stat(path)
    if st.st_uid != os.getuid() or stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, 0o700)
    return path


def save_token(token):
    path = os.path.join(runtime_dir(), "oauth.json")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"access_token": token}, fh)


def load_token():
    try:
        with open(os.path.join(runtime_dir(), "oauth.json")) as fh:
            return json.load(fh)["access_token"]
    except FileNotFoundError:
        return None
