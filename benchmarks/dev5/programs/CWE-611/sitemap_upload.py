from defusedxml import ElementTree as DET
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@app.post("/sitemaps/validate")
async def validate_sitemap(file: UploadFile):
    data = await file.read()
    try:
        root = DET.fromstring(data)
    except (DET.ParseError, ValueError) as exc:
        raise HTTPException(status_code=400, detail=f"unreadable sitemap: {exc}")
    urls = [loc.text for loc in root.findall("sm:url/sm:loc", NS) if loc.text]
    return {"count": len(urls), "sample": urls[:5]}
