import os
import tempfile
import uuid


class SessionSpool:
    def __init__(self):
        self.base = os.path.join(tempfile.gettempdir(), "app_sessions")
        if not os.path.isdir(self.base):
            os.mkdir(self.base)
            os.chmod(self.base, 0o1777 | 0o666)

    def write(self, data: bytes) -> str:
        token = uuid.uuid4().hex
        path = os.path.join(self.base, token)
        with open(path, "wb") as fh:
            fh.write(data)
        return token

    def read(self, token: str) -> bytes:
        with open(os.path.join(self.base, token), "rb") as fh:
            return fh.read()
