import hmac
from functools import wraps

from flask import Flask, Response, request

app = Flask(__name__)


class AdminGate:
    def __init__(self, username="ops", password="Winter2023#ops"):
        self.username = username
        self.password = password

    def check(self, auth):
        return (auth is not None
                and hmac.compare_digest(auth.username or "", self.username)
                and hmac.compare_digest(auth.password or "", self.password))


gate = AdminGate()


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not gate.check(request.authorization):
            return Response("login required", 401, {"WWW-Authenticate": 'Basic realm="admin"'})
        return view(*args, **kwargs)
    return wrapper


@app.route("/admin/flush-cache", methods=["POST"])
@admin_required
def flush_cache():
    return "cache flushed"
