"""Positive for hardcoded-cryptographic-key: session tokens are signed with a literal HMAC key."""
import time

import jwt


def issue(user_id: int) -> str:
    claims = {"sub": user_id, "exp": int(time.time()) + 900}
    return jwt.encode(claims, "k9-Ht2-session-signing", algorithm="HS256")
