from flask import Flask, redirect, render_template_string, session, url_for

app = Flask(__name__)
app.secret_key = "change-me"

USERS = [{"name": "alice", "email": "alice@example.com"}, {"name": "bob", "email": "bob@example.com"}]


@app.route("/login")
def login():
    return "login form"


@app.route("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect(url_for("login"))
    return f"hello {session['user']}"


@app.route("/internal/users/export")
def export_users():
    rows = "".join(f"<tr><td>{u['name']}</td><td>{u['email']}</td></tr>" for u in USERS)
    return render_template_string("<table>{{ rows|safe }}</table>", rows=rows)
