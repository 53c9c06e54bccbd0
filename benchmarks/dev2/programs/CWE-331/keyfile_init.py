import base64
import os
import sys
from pathlib import Path


def create_keyfile(path: Path, nbytes: int = 32) -> None:
    if path.exists():
        raise SystemExit(f"{path} already exists, refusing to overwrite")
    material = os.urandom(nbytes)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.b64encode(material).decode() + "\n")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "master.key")
    create_keyfile(target)
    print("wrote", target)
