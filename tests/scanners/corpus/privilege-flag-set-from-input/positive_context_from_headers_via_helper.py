"""Positive example for privilege-flag-set-from-input: a session object with a role field is built with
Cls(**values) from the request headers, via a classmethod the middleware calls."""

from typing import NamedTuple

from starlette.middleware.base import BaseHTTPMiddleware


class Caller(NamedTuple):
    name: str = "guest"
    role: str = "viewer"
    tenant: str = "public"

    @classmethod
    def from_headers(cls, headers):
        picked = {k.lower(): v for k, v in headers.items() if k.lower() in cls._fields}
        return cls(**picked)


class CallerMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.caller = Caller.from_headers(request.headers)
        return await call_next(request)
