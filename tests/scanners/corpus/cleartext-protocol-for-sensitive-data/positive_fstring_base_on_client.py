"""The SMS provider client keeps an http:// base built from the host and posts credentials to it."""
import httpx


class SmsClient:
    def __init__(self, host, account_sid, auth_token):
        self.root = f"http://{host}:8080/api"
        self.http = httpx.Client()
        self.creds = (account_sid, auth_token)

    def send(self, to, body):
        return self.http.post(self.root + "/messages", data={"to": to, "body": body}, auth=self.creds)
