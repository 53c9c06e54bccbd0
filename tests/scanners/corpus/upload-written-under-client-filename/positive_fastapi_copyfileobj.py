"""Positive: a FastAPI upload is copied with copyfileobj into a file named after the client's file name."""
import os
import shutil

from fastapi import FastAPI, UploadFile

api = FastAPI()


@api.post("/attachments")
async def attach(item: UploadFile):
    target = os.path.join("/srv/www/attachments", item.filename)
    with open(target, "wb") as sink:
        shutil.copyfileobj(item.file, sink)
    return {"saved": item.filename}
