from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone", "locale"}


@app.patch("/me")
@login_required
def update_profile():
    payload = request.get_json(silent=True) or {}
    unknown = set(payload) - EDITABLE
    if unknown:
        abort(400, f"fields not editable: {', '.join(sorted(unknown))}")
    for key, value in payload.items():
        if not isinstance(value, str) or len(value) > 200:
            abort(400, f"invalid value for {key}")
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify({k: getattr(current_user, k) for k in EDITABLE})
