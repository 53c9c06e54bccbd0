"""A requests session has certificate checks switched off for all its calls through the attribute."""
import requests


def make_client(token):
    http = requests.Session()
    http.headers["X-Api-Key"] = token
    http.verify = False
    return http
