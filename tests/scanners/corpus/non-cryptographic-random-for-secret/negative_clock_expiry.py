"""Negative example for non-cryptographic-random-for-secret: the token is from secrets; the clock only sets its expiry and a log stamp."""
import secrets
import time


def new_reset_token(store, user_id):
    token = secrets.token_urlsafe(32)
    token_expires = str(int(time.time()) + 900)
    store.save(user_id, token, token_expires)
    created_stamp = str(time.time())
    return {"token": token, "expires": token_expires, "created": created_stamp}
