import xml.etree.ElementTree as ET

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/feeds/preview")
async def preview(request: Request):
    raw = await request.body()
    root = ET.fromstring(raw)
    items = root.findall("./channel/item")
    return {"titles": [i.findtext("title") for i in items[:10]]}
