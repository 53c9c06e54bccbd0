"""Negative example for request-body-read-without-size-limit: the rule must not flag this."""
import zlib

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/crc")
def crc():
    blob = request.get_data()
    return {"crc32": zlib.crc32(blob)}
