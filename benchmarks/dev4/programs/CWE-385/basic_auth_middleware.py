import base64
import hashlib
import hmac
import os


class BasicAuthMiddleware:
    """WSGI middleware protecting the metrics dashboard."""

    def __init__(self, app, username, password_sha256_hex):
        self.app = app
        self.username = username.encode()
        self.password_digest = bytes.fromhex(password_sha256_hex)

    def _authorized(self, header):
        if not header.startswith("Basic "):
            return False
        try:
            user, _, pw = base64.b64decode(header[6:]).partition(b":")
        except ValueError:
            return False
        user_ok = hmac.compare_digest(user, self.username)
        pw_ok = hmac.compare_digest(hashlib.sha256(pw).digest(), self.password_digest)
        return user_ok & pw_ok

    def __call__(self, environ, start_response):
        if not self._authorized(environ.get("HTTP_AUTHORIZATION", "")):
            start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="metrics"')])
            return [b"auth required"]
        return self.app(environ, start_response)


def wrap(app):
    return BasicAuthMiddleware(app, os.environ["METRICS_USER"], os.environ["METRICS_PW_SHA256"])
