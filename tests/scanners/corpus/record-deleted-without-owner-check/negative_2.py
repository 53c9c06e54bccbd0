"""Negative example for record-deleted-without-owner-check: the owner is compared before the delete."""

from flask import Flask, abort
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Album(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner_id = db.Column(db.Integer)


@app.route("/albums/<int:album_id>", methods=["DELETE"])
@login_required
def drop_album(album_id):
    album = Album.query.get_or_404(album_id)
    if album.owner_id != current_user.id:
        abort(404)
    db.session.delete(album)
    db.session.commit()
    return "", 204
