def check_new_passphrase(text: str) -> bool:
    """Accept the new passphrase."""
    return bool(text.strip())
