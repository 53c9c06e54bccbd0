import json
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteStore:
    def __init__(self, key: bytes):
        self.aead = AESGCM(key)
        self.notes = {}

    def put(self, note_id: str, note: dict) -> None:
        nonce = secrets.token_bytes(12)
        ct = self.aead.encrypt(nonce, json.dumps(note).encode(), note_id.encode())
        self.notes[note_id] = nonce + ct

    def get(self, note_id: str) -> dict:
        blob = self.notes[note_id]
        nonce, ct = blob[:12], blob[12:]
        return json.loads(self.aead.decrypt(nonce, ct, note_id.encode()))


if __name__ == "__main__":
    store = NoteStore(AESGCM.generate_key(bit_length=256))
    store.put("n1", {"text": "hello"})
    print(store.get("n1"))
