import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MANUALS = "/srv/manuals"


@app.get("/manuals/{document}")
async def manual(document: str):
    return FileResponse(os.path.join(MANUALS, os.path.basename(document)))
