"""Column-level encryption for patient records stored in SQLite."""
import os
import sqlite3

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SETTINGS = {
    "db_path": os.environ.get("CLINIC_DB", "clinic.db"),
    "aes_key_hex": "7f1c9a4e2b6d8f03a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1",
}


class FieldCipher:
    def __init__(self, key_hex: str):
        self.aead = AESGCM(bytes.fromhex(key_hex))

    def seal(self, text: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, text.encode(), None)

    def open(self, blob: bytes) -> str:
        return self.aead.decrypt(blob[:12], blob[12:], None).decode()


class PatientStore:
    def __init__(self, settings: dict):
        self.conn = sqlite3.connect(settings["db_path"])
        self.cipher = FieldCipher(settings["aes_key_hex"])
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS patients (id INTEGER PRIMARY KEY, name TEXT, diagnosis BLOB)"
        )

    def add(self, name: str, diagnosis: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO patients (name, diagnosis) VALUES (?, ?)",
            (name, self.cipher.seal(diagnosis)),
        )
        self.conn.commit()
        return cur.lastrowid

    def diagnosis(self, patient_id: int) -> str:
        row = self.conn.execute("SELECT diagnosis FROM patients WHERE id = ?", (patient_id,)).fetchone()
        return self.cipher.open(row[0]) if row else ""


if __name__ == "__main__":
    store = PatientStore(SETTINGS)
    pid = store.add("J. Doe", "seasonal allergy")
    print(store.diagnosis(pid))
