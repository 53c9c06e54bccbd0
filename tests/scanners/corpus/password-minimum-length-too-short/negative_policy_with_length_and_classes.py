import re


def password_is_strong(pw: str) -> bool:
    return len(pw) >= 12 and re.search(r"\d", pw) is not None and re.search(r"[A-Za-z]", pw) is not None
