"""Positive example for hardcoded-credentials: the rule must flag this."""
API_TOKEN = "ghp_4f9a8b7c6d5e4f3a2b1c"
def headers():
    return {"Authorization": "token " + API_TOKEN}
