"""Negative example for privilege-flag-set-from-input: the caller's role comes from a verified token's
claims; only the display locale is read from a cookie."""

from typing import NamedTuple

import jwt
from starlette.middleware.base import BaseHTTPMiddleware

from .config import JWT_KEY


class Caller(NamedTuple):
    name: str = "guest"
    role: str = "viewer"
    locale: str = "en"


class CallerMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        claims = jwt.decode(request.headers["authorization"][7:], JWT_KEY, algorithms=["HS256"])
        request.state.caller = Caller(
            name=claims["sub"], role=claims["role"], locale=request.cookies.get("locale", "en")
        )
        return await call_next(request)
