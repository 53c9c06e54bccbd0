from flask import Flask, request

app = Flask(__name__)


def strip_scripts(text):
    return text.replace("<script>", "").replace("</script>", "")


@app.post("/comments/preview")
def preview():
    body = strip_scripts(request.form.get("body", ""))
    author = strip_scripts(request.form.get("author", "guest"))
    return (
        "<div class='comment-preview'>"
        f"<span class='author'>{author}</span>"
        f"<p>{body}</p>"
        "</div>"
    )
