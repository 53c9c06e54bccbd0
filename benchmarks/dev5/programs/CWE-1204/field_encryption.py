"""Column-level encryption for PII stored in the customers table."""
import base64
import hashlib
import os
import sqlite3

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    def __init__(self, master_key: bytes, table: str):
        self.aead = AESGCM(master_key)
        # one nonce per table so the same table always decrypts consistently
        self.nonce = hashlib.sha256(table.encode()).digest()[:12]

    def seal(self, value: str) -> str:
        ct = self.aead.encrypt(self.nonce, value.encode(), None)
        return base64.b64encode(ct).decode()

    def open(self, blob: str) -> str:
        return self.aead.decrypt(self.nonce, base64.b64decode(blob), None).decode()


class CustomerStore:
    def __init__(self, path, key):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, name TEXT, ssn TEXT)")
        self.cipher = FieldCipher(key, "customers")

    def add(self, name, ssn):
        cur = self.conn.execute("INSERT INTO customers (name, ssn) VALUES (?, ?)",
                                (name, self.cipher.seal(ssn)))
        self.conn.commit()
        return cur.lastrowid

    def ssn_for(self, cid):
        row = self.conn.execute("SELECT ssn FROM customers WHERE id = ?", (cid,)).fetchone()
        return self.cipher.open(row[0]) if row else None


if __name__ == "__main__":
    store = CustomerStore(":memory:", base64.b64decode(os.environ["PII_KEY"]))
    cid = store.add("Ann", "123-45-6789")
    print(store.ssn_for(cid))
