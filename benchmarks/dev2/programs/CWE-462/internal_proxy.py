import os

import requests
from flask import Flask, Response, abort, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
BACKEND = os.environ.get("BACKEND_URL", "http://reports-backend:8000")
FORWARDED = ("Accept", "Accept-Language", "X-Request-Id", "X-Authenticated-User", "X-Roles")


def outbound_headers(user: str, roles: list[str]) -> dict:
    pairs = [("X-Authenticated-User", user), ("X-Roles", ",".join(roles))]
    for name in FORWARDED:
        if name in request.headers:
            pairs.append((name, request.headers[name]))
    return dict(pairs)


@app.route("/reports/<path:subpath>")
def proxy(subpath):
    if "user" not in session:
        abort(401)
    resp = requests.get(
        f"{BACKEND}/{subpath}",
        params=request.args,
        headers=outbound_headers(session["user"], session.get("roles", [])),
        timeout=30,
    )
    return Response(resp.content, status=resp.status_code,
                    content_type=resp.headers.get("Content-Type"))
