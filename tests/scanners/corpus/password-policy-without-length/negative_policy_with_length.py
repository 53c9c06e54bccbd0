"""The password policy function checks a 12-character minimum and a list of common passwords."""
import bcrypt

COMMON = {"password", "123456789012", "qwertyuiopas"}


def password_meets_policy(candidate: str, username: str) -> bool:
    if len(candidate) < 12 or candidate.lower() in COMMON:
        return False
    return username.lower() not in candidate.lower()


def store(db, username, candidate):
    if not password_meets_policy(candidate, username):
        raise ValueError("weak password")
    db[username] = bcrypt.hashpw(candidate.encode(), bcrypt.gensalt())
