import secrets
import sqlite3


def check_pin(db_path, username, pin):
    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT pin FROM users WHERE name = ?", (username,)).fetchone()
    conn.close()
    stored = row[0] if row else "0000000000"
    ok = secrets.compare_digest(stored.encode(), pin.encode())
    return ok and row is not None


if __name__ == "__main__":
    import sys
    print("granted" if check_pin("bank.db", sys.argv[1], sys.argv[2]) else "denied")
