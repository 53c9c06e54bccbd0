import os
from functools import wraps

from flask import Flask, abort, render_template_string, send_from_directory, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
DOC_DIR = "/srv/hr-docs"
RESTRICTED = {"payroll-2026.xlsx": "hr", "salaries-by-employee.csv": "hr", "weekly-sales.pdf": "staff"}
RANK = {"staff": 0, "hr": 1, "admin": 2}


def login_required(view):
    @wraps(view)
    def inner(*a, **kw):
        if "user" not in session:
            abort(401)
        return view(*a, **kw)
    return inner


def can_read(name):
    needed = RESTRICTED.get(name)
    if needed is None:
        return False
    return RANK.get(session.get("role"), -1) >= RANK[needed]


@app.route("/")
@login_required
def index():
    names = [n for n in RESTRICTED if can_read(n)]
    return render_template_string("<ul>{% for n in names %}<li><a href='/docs/{{n}}'>{{n}}</a></li>{% endfor %}</ul>", names=names)


@app.route("/docs/<name>")
@login_required
def doc(name):
    if not can_read(name):
        abort(403)
    return send_from_directory(DOC_DIR, name)
