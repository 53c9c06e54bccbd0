"""A requests session pins the internal CA bundle instead of turning verification off."""
import requests


def make_client(token, ca_path):
    http = requests.Session()
    http.headers["X-Api-Key"] = token
    http.verify = ca_path
    return http
