import sqlite3


def purge_sessions(db_path, owner):
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM sessions WHERE owner = '" + owner + "' AND expired = 1")
    conn.commit()


def sessions_of(db_path, owner):
    conn = sqlite3.connect(db_path)
    sql = "SELECT id FROM sessions WHERE owner = "
    sql += "'" + owner + "'"
    return conn.execute(sql).fetchall()
