"""Positive example for password-stored-recoverably: the rule must flag this."""
import base64
def store(db, user, password):
    db.save(user, base64.b64encode(password.encode()))
