import os


def save_private_key(pem, path="/etc/myapp/server.key"):
    """Persist the generated TLS private key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
