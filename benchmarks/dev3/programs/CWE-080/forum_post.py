import bleach
from flask import Flask, request

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "p", "ul", "li", "code"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


def clean_post(raw):
    return bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                        protocols=["http", "https"], strip=True)


@app.post("/forum/preview")
def preview_post():
    html_body = clean_post(request.form.get("body", ""))
    return f"<article class='post'>{html_body}</article>"
