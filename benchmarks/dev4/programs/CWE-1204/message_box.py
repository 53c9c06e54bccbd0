import secrets
import sqlite3

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def load_key(path="box.key"):
    with open(path, "rb") as fh:
        return fh.read(32)


def store_message(conn, key, recipient, text):
    iv = secrets.token_bytes(AES.block_size)
    ct = AES.new(key, AES.MODE_CBC, iv=iv).encrypt(pad(text.encode(), AES.block_size))
    conn.execute("INSERT INTO inbox (recipient, iv, body) VALUES (?, ?, ?)", (recipient, iv, ct))
    conn.commit()


def read_messages(conn, key, recipient):
    out = []
    for iv, body in conn.execute("SELECT iv, body FROM inbox WHERE recipient = ?", (recipient,)):
        cipher = AES.new(key, AES.MODE_CBC, iv=iv)
        out.append(unpad(cipher.decrypt(body), AES.block_size).decode())
    return out


if __name__ == "__main__":
    db = sqlite3.connect("box.db")
    db.execute("CREATE TABLE IF NOT EXISTS inbox (recipient TEXT, iv BLOB, body BLOB)")
    k = load_key()
    store_message(db, k, "carol", "meet at 5")
    print(read_messages(db, k, "carol"))
