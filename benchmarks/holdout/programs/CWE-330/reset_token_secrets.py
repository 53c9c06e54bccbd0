import secrets


def make_reset_token(nbytes=24):
    """Generate a token emailed to the user for password reset."""
    return secrets.token_urlsafe(nbytes)
