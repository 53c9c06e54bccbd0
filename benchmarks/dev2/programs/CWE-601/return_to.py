from urllib.parse import urlsplit

from bottle import Bottle, request, redirect, abort

app = Bottle()

ALLOWED_HOSTS = {"app.example.com", "help.example.com"}


def checked_destination(raw: str) -> str:
    raw = raw.strip().replace("\\", "/")
    if any(ch.isspace() or ord(ch) < 32 for ch in raw):
        return "/"
    parts = urlsplit(raw)
    if not parts.scheme and not parts.netloc and raw.startswith("/") and not raw.startswith("//"):
        return raw
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return raw
    return "/"


@app.get("/logout")
def logout():
    response_target = checked_destination(request.query.get("return_to", "/"))
    request.environ.get("beaker.session", {}).clear()
    redirect(response_target)


@app.get("/go/<slug>")
def go(slug):
    if not slug.isalnum():
        abort(404)
    redirect(f"/articles/{slug}")


if __name__ == "__main__":
    app.run(port=8000)
