"""Negative example for destructive-route-without-authentication: the rule must not flag this."""
import shutil

from flask import Flask
from flask_login import login_required

app = Flask(__name__)


@app.post("/cache/flush")
@login_required
def flush_cache():
    shutil.rmtree("/var/cache/thumbs")
    return "flushed"
