"""Positive example for hardcoded-password: the rule must flag this."""
def is_admin(password):
    return password == "S3cr3t!admin"
