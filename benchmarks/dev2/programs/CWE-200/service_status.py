import os
import platform
import time

from fastapi import FastAPI

app = FastAPI()
STARTED = time.time()


class RuntimeSnapshot:
    def __init__(self):
        self.python = platform.python_version()
        self.host = platform.node()
        self.uptime = int(time.time() - STARTED)
        self.environment = dict(os.environ)

    def as_dict(self):
        return vars(self)


@app.get("/status")
def status():
    """Unauthenticated status endpoint polled by the public status page."""
    return {"ok": True, "runtime": RuntimeSnapshot().as_dict()}
