"""A repeated header name in a list of pairs is intended: every Set-Cookie pair is sent."""
COOKIES = [
    ("Set-Cookie", "theme=dark; Path=/"),
    ("Set-Cookie", "lang=en; Path=/"),
    ("Cache-Control", "no-store"),
]


def app(environ, start_response):
    start_response("200 OK", list(COOKIES) + [("Content-Type", "text/plain")])
    return [b"ok"]
