"""Negative example for password-hash-without-salt: the rule must not flag this."""
import hashlib, os
def store(db, user, password):
    salt = os.urandom(16)
    db.save(user, salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000))
