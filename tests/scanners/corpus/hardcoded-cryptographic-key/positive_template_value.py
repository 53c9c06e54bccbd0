"""Positive for hardcoded-cryptographic-key: a template value marks where the real token is pasted into the source."""
import requests

API_TOKEN = "<paste-your-token-here>"


def list_projects(base_url):
    return requests.get(base_url + "/projects", headers={"Authorization": "Bearer " + API_TOKEN}, timeout=5)
