import os
import subprocess
import tempfile

from fastapi import FastAPI, UploadFile
from fastapi.responses import Response

app = FastAPI()


@app.post("/convert/webp")
async def to_webp(file: UploadFile):
    data = await file.read()
    with tempfile.TemporaryDirectory(prefix="convert-") as workdir:
        src = os.path.join(workdir, "input")
        dst = os.path.join(workdir, "output.webp")
        with open(src, "wb") as fh:
            fh.write(data)
        subprocess.run(["cwebp", "-quiet", src, "-o", dst], check=True)
        with open(dst, "rb") as fh:
            out = fh.read()
    return Response(content=out, media_type="image/webp")
