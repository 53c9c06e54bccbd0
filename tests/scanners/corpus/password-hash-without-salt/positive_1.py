"""Positive example for password-hash-without-salt: the rule must flag this."""
import hashlib
def store(db, user, password):
    db.save(user, hashlib.sha256(password.encode()).hexdigest())
