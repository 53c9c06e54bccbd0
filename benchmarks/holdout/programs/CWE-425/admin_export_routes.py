from functools import wraps
from flask import Flask, session, abort, render_template_string

app = Flask(__name__)
app.secret_key = "k"


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.route("/")
def home():
    links = '<a href="/profile">Profile</a>'
    if session.get("role") == "admin":
        links += ' <a href="/admin/export">Export users</a>'
    return render_template_string(links)


@app.route("/admin/export")
@admin_required
def export_users():
    return open("/srv/data/users.csv").read()
