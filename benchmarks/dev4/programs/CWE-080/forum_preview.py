import bleach
from flask import Flask, request, render_template_string

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "code", "pre", "ul", "ol", "li", "p", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}

TEMPLATE = """
<html><body>
<h2>Preview</h2>
<div class="post">{{ body|safe }}</div>
</body></html>
"""


def clean_post(raw):
    return bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                        protocols=["http", "https", "mailto"], strip=True)


@app.route("/forum/preview", methods=["POST"])
def preview():
    body = clean_post(request.form.get("body", ""))
    return render_template_string(TEMPLATE, body=body)
