"""Verification re-derives with the salt read back from the account row."""
import hashlib
import hmac


def check_password(row: dict, candidate: str) -> bool:
    derived = hashlib.pbkdf2_hmac("sha256", candidate.encode(), row["salt"], 600_000)
    return hmac.compare_digest(derived, row["hash"])
