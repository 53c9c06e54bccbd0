"""Negative example for hardcoded-credentials: the rule must not flag this."""
import os
def headers():
    return {"Authorization": "token " + os.environ["API_TOKEN"]}
