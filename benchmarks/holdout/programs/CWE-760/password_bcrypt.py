import bcrypt


def hash_password(password):
    """Return the value stored in the users table for this password."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()


def check_password(password, stored):
    return bcrypt.checkpw(password.encode(), stored.encode())
