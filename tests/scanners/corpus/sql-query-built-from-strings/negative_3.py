import sqlite3


def sessions_of(db_path, owner, only_active):
    conn = sqlite3.connect(db_path)
    sql = "SELECT id FROM sessions WHERE owner = ?"
    if only_active:
        sql += " AND expired = 0"
    return conn.execute(sql, (owner,)).fetchall()
