"""Negative example for hardcoded-credentials: names that describe a secret (its type, header, path,
dict key) hold public strings, and a generic "key" compared with a short word is a dict key."""
import os

TOKEN_TYPE = "Bearer"
TOKEN_PATH = "/oauth/token"
API_KEY_HEADER = "X-API-Key"
SESSION_SCOPE_KEY = "app.session_state"
token_endpoint_auth_method = "client_secret_post"


def read_fields(pairs, password=None):
    out = {}
    for key, value in pairs:
        if key == "DNS":
            out["dns"] = value
    if password == "-":
        password = os.environ.get("APP_PASSWORD")
    return out, password
