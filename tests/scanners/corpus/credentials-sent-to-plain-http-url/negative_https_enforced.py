"""Negative example for credentials-sent-to-plain-http-url: the configured endpoint may say http://, but it is rejected unless it is https:// before the password is sent."""
import os

import requests

API_ROOT = os.environ.get("API_ROOT", "http://api.example.org")


def login(user, password, root=API_ROOT):
    if not root.startswith("https://"):
        raise ValueError("refusing to send credentials over plain HTTP")
    return requests.post(root + "/login", json={"user": user, "password": password}, timeout=5)
