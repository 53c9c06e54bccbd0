"""Handles the return leg of single sign-on and forwards users to the right app."""
from urllib.parse import urljoin, urlparse

from aiohttp import web

PARTNER_HOSTS = {"app.example.com", "billing.example.com", "docs.example.com"}
DEFAULT_LANDING = "https://app.example.com/home"


def resolve_return_url(raw):
    if not raw:
        return DEFAULT_LANDING
    candidate = urljoin(DEFAULT_LANDING, raw)
    parsed = urlparse(candidate)
    if parsed.scheme != "https" or parsed.hostname not in PARTNER_HOSTS:
        return DEFAULT_LANDING
    if parsed.username or parsed.password:
        return DEFAULT_LANDING
    return candidate


class SsoReturnHandler:
    def __init__(self, session_store):
        self.sessions = session_store

    async def __call__(self, request):
        ticket = request.query.get("ticket")
        if not ticket or not await self.sessions.redeem(ticket):
            raise web.HTTPUnauthorized()
        target = resolve_return_url(request.query.get("return_to"))
        raise web.HTTPFound(target)


def make_app(session_store):
    app = web.Application()
    app.router.add_get("/sso/return", SsoReturnHandler(session_store))
    return app
