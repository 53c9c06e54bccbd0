import os
import shutil
import signal

from fastapi import FastAPI

app = FastAPI()
CACHE = "/var/cache/ingest"


@app.post("/ops/shutdown")
def shutdown(purge: bool = False):
    if purge:
        shutil.rmtree(CACHE, ignore_errors=True)
    os.kill(os.getpid(), signal.SIGTERM)
    return {"stopping": True, "purged": purge}
