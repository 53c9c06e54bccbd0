"""Positive example for resource-identifier-from-request: a FastAPI path parameter is imported by
a helper through __import__, so the client chooses which module the server loads."""
from fastapi import FastAPI

app = FastAPI()


def codec_for(module_name):
    mod = __import__(module_name, fromlist=["encode"])
    return mod.encode


@app.get("/encode/{codec}")
def encode(codec: str, text: str):
    return {"out": codec_for(codec)(text)}
