import os

import httpx

CA_BUNDLE = os.environ.get("WEBHOOK_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


class WebhookClient:
    def __init__(self, endpoint: str, secret: str):
        if not endpoint.startswith("https://"):
            raise ValueError("webhook endpoint must use https")
        self.endpoint = endpoint
        self.client = httpx.Client(verify=CA_BUNDLE, timeout=15.0)
        self.secret = secret

    def deliver(self, event: str, payload: dict) -> int:
        resp = self.client.post(
            self.endpoint,
            json={"event": event, "data": payload},
            headers={"X-Webhook-Secret": self.secret},
        )
        return resp.status_code

    def close(self):
        self.client.close()


if __name__ == "__main__":
    hook = WebhookClient(os.environ["WEBHOOK_URL"], os.environ["WEBHOOK_SECRET"])
    try:
        print(hook.deliver("ping", {"ok": True}))
    finally:
        hook.close()
