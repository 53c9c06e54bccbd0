import secrets

from flask import Flask, abort, request, send_file

from .storage import FileIndex

app = Flask(__name__)
index = FileIndex("/srv/uploads")
shares: dict[str, str] = {}


@app.post("/files/<file_id>/share")
def create_share(file_id):
    if not index.owned_by(file_id, request.headers.get("X-User")):
        abort(403)
    slug = secrets.token_hex(2)
    shares[slug] = file_id
    return {"url": f"https://files.example.com/s/{slug}"}


@app.get("/s/<slug>")
def open_share(slug):
    file_id = shares.get(slug)
    if file_id is None:
        abort(404)
    return send_file(index.path_of(file_id))
