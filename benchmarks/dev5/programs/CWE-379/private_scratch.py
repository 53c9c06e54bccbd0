import os
import shutil
import stat
import tempfile


class Scratch:
    """Per-process scratch directory for intermediate build artifacts."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="build-")
        mode = stat.S_IMODE(os.stat(self.path).st_mode)
        assert mode == 0o700, oct(mode)

    def file(self, name: str) -> str:
        return os.path.join(self.path, os.path.basename(name))

    def write(self, name: str, data: bytes) -> str:
        p = self.file(name)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return p

    def cleanup(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cleanup()
