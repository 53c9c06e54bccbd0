import hashlib


class Signer:
    def __init__(self, secret):
        self.secret = secret

    def sign(self, message):
        return hashlib.md5(self.secret + message).hexdigest()

    def verify(self, message, tag):
        return self.sign(message) == tag
