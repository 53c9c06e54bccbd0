import time

from fastapi import FastAPI

app = FastAPI()
STARTED = time.time()
VERSION = "2.4.1"


@app.get("/status")
def status():
    return {"status": "ok", "version": VERSION, "uptime_s": int(time.time() - STARTED)}
