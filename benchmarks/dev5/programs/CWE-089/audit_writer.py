import sqlite3
from datetime import datetime, timezone


def record_event(db_path, actor, action, detail):
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS audit (ts TEXT, actor TEXT, action TEXT, detail TEXT)")
        conn.execute(
            "INSERT INTO audit (ts, actor, action, detail) VALUES (?, ?, ?, ?)",
            (datetime.now(timezone.utc).isoformat(), actor, action, detail),
        )
        conn.commit()
    finally:
        conn.close()


def events_for(db_path, actor):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute("SELECT ts, action, detail FROM audit WHERE actor = ? ORDER BY ts",
                           (actor,))
        return cur.fetchall()
    finally:
        conn.close()
