"""Positive example for credentials-sent-to-plain-http-url: the OAuth client secret is posted to a token endpoint whose configured default is plain http://."""
import os

import httpx

AUTH_ROOT = os.getenv("AUTH_ROOT", "http://sso.internal.example.net")


class ServiceAuth:
    def __init__(self, client_id, client_secret, root=AUTH_ROOT):
        self.root = root.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret

    def token(self):
        resp = httpx.post(
            f"{self.root}/oauth/token",
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
        )
        return resp.json()["access_token"]
