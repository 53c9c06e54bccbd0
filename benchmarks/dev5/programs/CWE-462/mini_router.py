"""Minimal WSGI router for the device admin UI."""
import json
from wsgiref.simple_server import make_server

from .auth import check_basic_auth


def status(environ):
    return 200, {"uptime": 1234, "firmware": "2.4.1"}


def network_settings(environ):
    if not check_basic_auth(environ.get("HTTP_AUTHORIZATION", "")):
        return 401, {"error": "auth required"}
    return 200, {"ip": "192.168.1.20", "gateway": "192.168.1.1"}


def factory_reset(environ):
    if not check_basic_auth(environ.get("HTTP_AUTHORIZATION", "")):
        return 401, {"error": "auth required"}
    return 200, {"reset": "scheduled"}


def reset_info(environ):
    return 200, {"help": "POST to /reset with admin credentials"}


ROUTES = [
    ("/status", status),
    ("/network", network_settings),
    ("/reset", reset_info),
    ("/help", reset_info),
    ("/reset", factory_reset),
]


def lookup(path):
    for route, handler in ROUTES:
        if route == path:
            return handler
    return None


def app(environ, start_response):
    handler = lookup(environ.get("PATH_INFO", "/"))
    if handler is None:
        start_response("404 Not Found", [("Content-Type", "application/json")])
        return [b'{"error": "not found"}']
    code, body = handler(environ)
    start_response(f"{code} {'OK' if code == 200 else 'Error'}", [("Content-Type", "application/json")])
    return [json.dumps(body).encode()]


if __name__ == "__main__":
    make_server("0.0.0.0", 8000, app).serve_forever()
