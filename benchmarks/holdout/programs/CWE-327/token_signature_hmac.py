import hashlib
import hmac


class Signer:
    def __init__(self, secret):
        self.secret = secret

    def sign(self, message):
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def verify(self, message, tag):
        return hmac.compare_digest(self.sign(message), tag)
