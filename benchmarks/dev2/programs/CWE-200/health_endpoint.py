import time

from fastapi import FastAPI

app = FastAPI()
STARTED = time.time()
VERSION = "2.7.1"


@app.get("/status")
def status():
    """Unauthenticated status endpoint polled by the public status page."""
    return {
        "ok": True,
        "version": VERSION,
        "uptime_seconds": int(time.time() - STARTED),
    }
