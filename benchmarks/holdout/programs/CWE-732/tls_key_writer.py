import os


def save_private_key(pem, path="/etc/myapp/server.key"):
    """Persist the generated TLS private key."""
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o777)
