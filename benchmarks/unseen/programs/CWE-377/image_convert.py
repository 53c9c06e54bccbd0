import tempfile

from fastapi import FastAPI, UploadFile
from PIL import Image

app = FastAPI()


@app.post("/thumbnail")
async def thumbnail(file: UploadFile):
    data = await file.read()
    with tempfile.NamedTemporaryFile(suffix=".img") as src:
        src.write(data)
        src.flush()
        img = Image.open(src.name)
        img.thumbnail((128, 128))
        with tempfile.TemporaryFile() as out:
            img.save(out, format="PNG")
            out.seek(0)
            return {"size": len(out.read())}
