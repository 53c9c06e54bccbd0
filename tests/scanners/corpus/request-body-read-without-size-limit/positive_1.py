"""Positive example for request-body-read-without-size-limit: the rule must flag this."""
import zlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/crc")
def crc():
    blob = request.stream.read()
    return {"crc32": zlib.crc32(blob)}
