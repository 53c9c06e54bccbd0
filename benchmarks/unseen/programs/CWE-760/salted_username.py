import hashlib


def hash_password(username: str, password: str) -> str:
    salt = username.lower().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000).hex()


def verify(username: str, password: str, stored: str) -> bool:
    return hash_password(username, password) == stored


if __name__ == "__main__":
    stored = hash_password("Alice", "s3cret!")
    print(verify("alice", "s3cret!", stored))
