"""Negative: the private key is owner-only (0o600); only the public half and the certificate are 0o644."""
import os
from pathlib import Path


def store_pair(folder: Path, private_pem: bytes, public_pem: bytes, cert_pem: bytes) -> None:
    folder.mkdir(mode=0o700, exist_ok=True)
    private = folder / "signing.key"
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(private_pem)
    public_file = folder / "signing.pub"
    public_file.write_bytes(public_pem)
    public_file.chmod(0o644)
    cert_path = folder / "signing.crt"
    cert_path.write_bytes(cert_pem)
    os.chmod(cert_path, 0o644)
