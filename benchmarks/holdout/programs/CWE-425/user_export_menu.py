from flask import Flask, session, render_template_string

app = Flask(__name__)
app.secret_key = "k"


@app.route("/")
def home():
    links = '<a href="/profile">Profile</a>'
    if session.get("role") == "admin":
        links += ' <a href="/admin/export">Export users</a>'
    return render_template_string(links)


@app.route("/admin/export")
def export_users():
    return open("/srv/data/users.csv").read()
