import os
import platform
import time

from fastapi import FastAPI

app = FastAPI()
STARTED = time.time()


def runtime_details():
    return {
        "python": platform.python_version(),
        "host": platform.node(),
        "uptime_s": int(time.time() - STARTED),
        "config": dict(os.environ),
    }


@app.get("/status")
def status():
    return {"status": "ok", "runtime": runtime_details()}
