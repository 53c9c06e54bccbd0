import hashlib
import random
import time


class ApiKeyManager:
    def __init__(self, store):
        self.store = store
        self._rng = random.Random()

    def _raw_key(self):
        bits = self._rng.getrandbits(128)
        return "ak_" + format(bits, "032x")

    def create(self, account_id, label):
        key = self._raw_key()
        self.store.insert(
            account_id=account_id,
            label=label,
            key_hash=hashlib.sha256(key.encode()).hexdigest(),
            created=int(time.time()),
        )
        return key

    def check(self, presented):
        digest = hashlib.sha256(presented.encode()).hexdigest()
        return self.store.find_by_hash(digest)
