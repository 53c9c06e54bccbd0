import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class RecordCipher:
    def __init__(self, key_hex: str):
        self._aead = AESGCM(bytes.fromhex(key_hex))

    def encrypt(self, record_id: int, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        aad = str(record_id).encode()
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, record_id: int, blob: bytes) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], str(record_id).encode())


def reencrypt_all(conn, cipher: RecordCipher):
    cur = conn.cursor()
    cur.execute("SELECT id, notes FROM patients WHERE notes_enc IS NULL")
    for rid, notes in cur.fetchall():
        conn.execute(
            "UPDATE patients SET notes_enc = ?, notes = NULL WHERE id = ?",
            (cipher.encrypt(rid, notes.encode()), rid),
        )
    conn.commit()


if __name__ == "__main__":
    import sqlite3

    reencrypt_all(sqlite3.connect("clinic.db"), RecordCipher(os.environ["RECORD_KEY"]))
