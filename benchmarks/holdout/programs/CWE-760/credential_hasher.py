import hashlib

SALT = b"myapp-2019"


def hash_password(password):
    """Return the value stored in the users table for this password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 100_000).hex()
