"""Negative example for privilege-field-set-from-request: only an admin may set another user's role."""

from flask import Flask, abort, g, request

from .models import Member, db

app = Flask(__name__)
ROLES = {"reader", "editor"}


@app.put("/members/<int:member_id>/role")
def set_role(member_id):
    if g.user is None or g.user.role != "admin":
        abort(403)
    wanted = request.get_json()["role"]
    if wanted not in ROLES:
        abort(400)
    member = Member.query.get_or_404(member_id)
    member.role = wanted
    db.session.commit()
    return {"role": member.role}
