"""Negative example for password-stored-recoverably: the rule must not flag this."""
import bcrypt
def store(db, user, password):
    db.save(user, bcrypt.hashpw(password.encode(), bcrypt.gensalt()))
