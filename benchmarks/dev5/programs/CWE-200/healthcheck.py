import sqlite3

from fastapi import FastAPI, Response

app = FastAPI()
DB_PATH = "/var/lib/app/data.db"


def db_ok():
    try:
        with sqlite3.connect(DB_PATH, timeout=1) as conn:
            conn.execute("SELECT 1")
        return True
    except sqlite3.Error:
        return False


@app.get("/healthz")
def healthz(response: Response):
    ok = db_ok()
    if not ok:
        response.status_code = 503
    return {"status": "ok" if ok else "unavailable"}
