from fastapi import FastAPI, Query, Request, HTTPException
import sqlite3

app = FastAPI()
MAX_PAGE = 200
MAX_BODY = 1_000_000


def db():
    conn = sqlite3.connect("reports.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/reports")
def list_reports(page: int = Query(1, ge=1, le=10_000), size: int = Query(50, ge=1, le=MAX_PAGE)):
    with db() as conn:
        rows = conn.execute(
            "SELECT id, title, created FROM reports ORDER BY id LIMIT ? OFFSET ?",
            (size, (page - 1) * size),
        ).fetchall()
    return [dict(r) for r in rows]


@app.post("/reports/notes")
async def add_note(request: Request):
    length = int(request.headers.get("content-length", "0"))
    if length > MAX_BODY:
        raise HTTPException(status_code=413, detail="body too large")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY:
            raise HTTPException(status_code=413, detail="body too large")
    with db() as conn:
        conn.execute("INSERT INTO notes (text) VALUES (?)", (body.decode("utf-8", "replace"),))
    return {"stored": len(body)}
