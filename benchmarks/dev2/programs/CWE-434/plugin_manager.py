import os
import shutil

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
PLUGIN_DIR = "/opt/cms/htdocs/plugins"
ALLOWED = {"zip", "tar", "gz"}


def extension_allowed(filename: str) -> bool:
    parts = filename.lower().split(".")
    return len(parts) > 1 and parts[1] in ALLOWED


@app.post("/admin/plugins")
async def upload_plugin(bundle: UploadFile = File(...)):
    name = os.path.basename(bundle.filename or "")
    if not extension_allowed(name):
        raise HTTPException(status_code=400, detail="plugins must be archives")
    dest = os.path.join(PLUGIN_DIR, name)
    with open(dest, "wb") as out:
        shutil.copyfileobj(bundle.file, out)
    return {"stored": name}
