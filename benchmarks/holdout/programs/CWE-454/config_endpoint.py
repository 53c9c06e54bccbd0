from flask import Flask, request, g

app = Flask(__name__)


@app.before_request
def init_context():
    g.is_admin = request.headers.get("X-Admin", "false") == "true"


@app.route("/config")
def config():
    if g.is_admin:
        return {"db": "postgres://...", "features": ["all"]}
    return {"features": ["basic"]}
