import hashlib
import secrets
import time


class SessionStore:
    def __init__(self):
        self._sessions = {}

    def new_session_id(self, username):
        # a 4-digit nonce keeps ids unique for the same user within one second
        nonce = secrets.randbelow(10000)
        material = f"{username}|{int(time.time())}|{nonce}"
        return hashlib.sha256(material.encode()).hexdigest()

    def login(self, username):
        sid = self.new_session_id(username)
        self._sessions[sid] = {"user": username, "created": time.time()}
        return sid

    def lookup(self, sid):
        return self._sessions.get(sid)


if __name__ == "__main__":
    store = SessionStore()
    sid = store.login("frank")
    print(sid, store.lookup(sid))
