"""Negative example for privilege-flag-set-from-input: the rule must not flag this."""
def check(session):
    return session.user is not None and session.user.has_role("admin")
