import hmac
import secrets

from tornado import web


class BaseHandler(web.RequestHandler):
    def csrf_token(self):
        token = self.get_secure_cookie("csrf")
        if token is None:
            token = secrets.token_hex(32).encode()
            self.set_secure_cookie("csrf", token, httponly=True, samesite="Strict")
        return token.decode()

    def check_csrf(self):
        sent = self.get_body_argument("csrf", "")
        stored = self.get_secure_cookie("csrf")
        if not stored or not hmac.compare_digest(sent.encode(), stored):
            raise web.HTTPError(403, "bad csrf token")


class TransferHandler(BaseHandler):
    def get(self):
        self.write(f'<form method="post"><input type="hidden" name="csrf" value="{self.csrf_token()}">'
                   '<input name="amount"><button>Send</button></form>')

    def post(self):
        self.check_csrf()
        self.write({"queued": self.get_body_argument("amount")})


def make_app(cookie_secret):
    return web.Application([(r"/transfer", TransferHandler)], cookie_secret=cookie_secret,
                           xsrf_cookies=False)
