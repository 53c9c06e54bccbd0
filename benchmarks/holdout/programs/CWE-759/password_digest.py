import hashlib


def hash_password(password):
    """Return the value stored in the users table for this password."""
    return hashlib.sha256(password.encode()).hexdigest()


def check_password(password, stored):
    return hash_password(password) == stored
