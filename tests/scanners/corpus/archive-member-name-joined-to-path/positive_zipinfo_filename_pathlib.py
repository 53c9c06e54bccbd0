from pathlib import Path
from zipfile import ZipFile

from fastapi import FastAPI, UploadFile

app = FastAPI()
DATA = Path("/srv/datasets")


@app.post("/datasets/{name}")
async def import_dataset(name: str, bundle: UploadFile):
    root = DATA / name
    with ZipFile(bundle.file) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            target = root.joinpath(info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src:
                target.write_bytes(src.read())
    return {"imported": name}
