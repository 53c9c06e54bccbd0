from flask import Flask, render_template_string, request

app = Flask(__name__)

PROFILE_TMPL = """
<!doctype html>
<title>{{ user.name }}</title>
<h1>{{ user.name }}</h1>
<p class="bio">{{ user.bio }}</p>
<a href="{{ url_for('profile', uid=user.id) }}">permalink</a>
"""

USERS = {}


@app.route("/profile/<int:uid>", methods=["GET", "POST"])
def profile(uid):
    user = USERS.setdefault(uid, {"id": uid, "name": f"user{uid}", "bio": ""})
    if request.method == "POST":
        user["name"] = request.form.get("name", user["name"])[:60]
        user["bio"] = request.form.get("bio", "")[:500]
    return render_template_string(PROFILE_TMPL, user=user)
