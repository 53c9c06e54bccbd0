"""Negative example for hardcoded-password: the rule must not flag this."""
import hmac, os
def is_admin(password_hash):
    return hmac.compare_digest(password_hash, os.environ["ADMIN_HASH"])
