"""Positive: an OAuth token cache is made world-readable (0o644), so any local user can read the tokens."""
import json
import os


def save_tokens(tokens, token_path):
    with open(token_path, "w") as out:
        json.dump(tokens, out)
    os.chmod(token_path, 0o644)
