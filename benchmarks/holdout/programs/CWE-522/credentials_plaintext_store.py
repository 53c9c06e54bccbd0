import sqlite3


def register(db_path, username, password):
    """Create a user account."""
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    conn.commit()
    conn.close()
