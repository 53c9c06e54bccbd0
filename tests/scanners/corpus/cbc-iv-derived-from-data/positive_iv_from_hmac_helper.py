"""The cryptography-library CBC IV comes from a helper that hashes the document id: same id, same IV."""
import hashlib

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def iv_for_document(doc_id: str) -> bytes:
    return hashlib.blake2b(doc_id.encode(), digest_size=16).digest()


def seal_document(key: bytes, doc_id: str, body: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(body) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv_for_document(doc_id))).encryptor()
    return enc.update(data) + enc.finalize()
