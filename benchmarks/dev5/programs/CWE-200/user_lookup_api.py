from flask import Flask, jsonify
from flask_login import login_required

from .models import User

app = Flask(__name__)


@app.route("/api/users/<int:user_id>")
@login_required
def get_user(user_id):
    user = User.query.get_or_404(user_id)
    data = {c.name: getattr(user, c.name) for c in user.__table__.columns}
    return jsonify(data)


if __name__ == "__main__":
    app.run()
