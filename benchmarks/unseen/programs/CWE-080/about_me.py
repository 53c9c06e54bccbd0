import bleach
from flask import Flask, request

app = Flask(__name__)
profiles: dict[str, str] = {}
ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "br"]


@app.post("/profile/<user>")
def save_profile(user):
    raw = request.form.get("bio", "")
    profiles[user] = bleach.clean(raw, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return "saved"


@app.get("/profile/<user>")
def show_profile(user):
    bio = profiles.get(user, "")
    return f"<html><body><h2>About</h2><div class='bio'>{bio}</div></body></html>"
