import os
from cryptography.fernet import Fernet

_f = Fernet(os.environ["PII_ENCRYPTION_KEY"].encode())


def store_ssn(db, user_id, ssn):
    db[user_id] = _f.encrypt(ssn.encode())


def load_ssn(db, user_id):
    return _f.decrypt(db[user_id]).decode()
