import secrets


def one_time_code(user_id):
    """Generate the six digit code sent by SMS."""
    return f"{secrets.randbelow(1_000_000):06d}"
