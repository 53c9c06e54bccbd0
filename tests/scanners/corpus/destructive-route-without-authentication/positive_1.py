"""Positive example for destructive-route-without-authentication: the rule must flag this."""
import shutil

from flask import Flask

app = Flask(__name__)


@app.post("/cache/flush")
def flush_cache():
    shutil.rmtree("/var/cache/thumbs")
    return "flushed"
