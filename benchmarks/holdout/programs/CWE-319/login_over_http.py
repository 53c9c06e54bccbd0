import requests


def login(username, password):
    """Authenticate against the central auth service and return a token."""
    resp = requests.post(
        "http://auth.example.com/api/login",
        data={"username": username, "password": password},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["token"]
