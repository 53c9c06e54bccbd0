"""Tornado handler that sends users back to where they came from after SSO."""
from urllib.parse import urlsplit

import tornado.web

DEFAULT_PAGE = "/home"


def local_path(candidate):
    if not candidate:
        return DEFAULT_PAGE
    candidate = candidate.replace("\\", "/")
    parts = urlsplit(candidate)
    if parts.scheme or parts.netloc:
        return DEFAULT_PAGE
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return DEFAULT_PAGE
    if any(ord(ch) < 32 for ch in candidate):
        return DEFAULT_PAGE
    return candidate


class SsoReturnHandler(tornado.web.RequestHandler):
    def get(self):
        ticket = self.get_argument("ticket", None)
        if ticket is None:
            raise tornado.web.HTTPError(400)
        self.set_secure_cookie("sso_ticket", ticket)
        self.redirect(local_path(self.get_argument("return_to", "")))


def make_app(cookie_secret):
    return tornado.web.Application(
        [(r"/sso/return", SsoReturnHandler)], cookie_secret=cookie_secret
    )
