from flask import Flask, request

app = Flask(__name__)
profiles: dict[str, str] = {}


def clean_bio(text: str) -> str:
    return text.replace("<script>", "").replace("</script>", "")


@app.post("/profile/<user>")
def save_profile(user):
    profiles[user] = clean_bio(request.form.get("bio", ""))
    return "saved"


@app.get("/profile/<user>")
def show_profile(user):
    bio = profiles.get(user, "")
    return f"<html><body><h2>About</h2><div class='bio'>{bio}</div></body></html>"
