from cryptography.fernet import Fernet

KEY = b"q3Jx5m8Zt0v2YbN7cW4eR1uT6yH9kL0pA2sD5fG8jK4="
_f = Fernet(KEY)


def store_ssn(db, user_id, ssn):
    db[user_id] = _f.encrypt(ssn.encode())


def load_ssn(db, user_id):
    return _f.decrypt(db[user_id]).decode()
