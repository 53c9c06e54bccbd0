"""Negative example for record-with-secrets-returned-whole: the environment only goes to a child process."""

import os
import subprocess

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/jobs/reindex")
def reindex():
    env = dict(os.environ, INDEX_MODE="full")
    done = subprocess.run(["reindex"], env=env, check=False)
    return jsonify(code=done.returncode)
