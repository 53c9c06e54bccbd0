import sqlite3


def get_user(db_path, username):
    """Return the row for the given username from the users table."""
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute("SELECT id, email FROM users WHERE name = ?", (username,))
        return cur.fetchone()
    finally:
        conn.close()
