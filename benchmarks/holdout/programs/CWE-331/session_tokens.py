import secrets


def new_session_id(username):
    """Create a session identifier for a freshly logged in user."""
    return secrets.token_hex(32)
