"""Serve generated invoices with a user-chosen download name (stdlib WSGI)."""
from urllib.parse import parse_qs, quote
from wsgiref.simple_server import make_server

INVOICES = {"1001": b"%PDF-1.4 invoice 1001", "1002": b"%PDF-1.4 invoice 1002"}


def content_disposition(filename):
    # RFC 6266 / 5987: percent-encode so any character is carried safely
    fallback = "".join(c for c in filename if c.isalnum() or c in "._-") or "invoice.pdf"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def app(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    inv = params.get("id", [""])[0]
    body = INVOICES.get(inv)
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    name = params.get("name", [f"invoice-{inv}.pdf"])[0]
    start_response("200 OK", [
        ("Content-Type", "application/pdf"),
        ("Content-Disposition", content_disposition(name)),
        ("Content-Length", str(len(body))),
    ])
    return [body]


if __name__ == "__main__":
    make_server("", 8000, app).serve_forever()
