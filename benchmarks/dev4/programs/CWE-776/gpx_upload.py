"""Parse GPX tracks uploaded by riders and compute the point count."""
from defusedxml import DefusedXmlException
from defusedxml.minidom import parseString
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
MAX_UPLOAD = 5 * 1024 * 1024


def track_points(data: bytes):
    doc = parseString(data, forbid_dtd=True)
    points = []
    for pt in doc.getElementsByTagName("trkpt"):
        points.append((float(pt.getAttribute("lat")), float(pt.getAttribute("lon"))))
    return points


@app.post("/tracks")
async def upload_track(file: UploadFile):
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail="file too large")
    try:
        points = track_points(data)
    except (DefusedXmlException, ValueError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid gpx: {exc}")
    return {"points": len(points), "start": points[0] if points else None}
