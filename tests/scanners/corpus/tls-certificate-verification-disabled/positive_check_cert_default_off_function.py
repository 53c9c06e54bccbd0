"""A helper whose certificate check flag defaults to off: requests.Session.verify gets False unless
the caller remembers to pass check_cert=True."""
import requests


def open_session(token, check_cert=False):
    sess = requests.Session()
    sess.headers["Authorization"] = f"Bearer {token}"
    sess.verify = check_cert
    return sess


def fetch_inventory(host, token):
    return open_session(token).get(f"https://{host}/inventory", timeout=10).json()
