"""Negative example for flask-debug-mode-enabled: debug comes from the environment, default off."""

import os

from fastapi import FastAPI

app = FastAPI(debug=os.environ.get("APP_DEBUG") == "1")


@app.get("/")
def index():
    return {"ok": True}
