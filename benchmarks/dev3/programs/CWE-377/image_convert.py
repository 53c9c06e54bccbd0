import os
import subprocess
import tempfile

from fastapi import FastAPI, UploadFile
from fastapi.responses import Response

app = FastAPI()


@app.post("/convert/png")
async def to_png(file: UploadFile):
    data = await file.read()
    with tempfile.TemporaryDirectory(prefix="conv-") as workdir:
        src = os.path.join(workdir, "input.img")
        dst = os.path.join(workdir, "output.png")
        with open(src, "wb") as fh:
            fh.write(data)
        subprocess.run(["convert", src, "png:" + dst], check=True, timeout=30)
        with open(dst, "rb") as fh:
            png = fh.read()
    return Response(png, media_type="image/png")
