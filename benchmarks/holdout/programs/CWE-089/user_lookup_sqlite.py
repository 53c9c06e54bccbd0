import sqlite3


def get_user(db_path, username):
    """Return the row for the given username from the users table."""
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '%s'" % username)
    row = cur.fetchone()
    conn.close()
    return row
