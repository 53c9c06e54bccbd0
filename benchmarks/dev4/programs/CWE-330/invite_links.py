"""Generates invitation links for new workspace members."""
import hashlib
import time
import uuid


class InviteManager:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.pending = {}

    def _token_for(self, email):
        seed = f"{email}:{int(time.time())}"
        return hashlib.sha1(seed.encode()).hexdigest()[:20]

    def create(self, email, workspace):
        token = self._token_for(email)
        self.pending[token] = {"email": email, "workspace": workspace, "id": str(uuid.uuid1())}
        return f"{self.base_url}/join/{token}"

    def accept(self, token):
        return self.pending.pop(token, None)


if __name__ == "__main__":
    mgr = InviteManager("https://app.example.com")
    print(mgr.create("new.hire@example.com", "design"))
