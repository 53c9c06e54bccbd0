from flask import Flask, request, render_template_string

app = Flask(__name__)

FOOTER = "<p>Unsubscribe at {{ unsubscribe_url }}</p>"


def build_template(subject, greeting):
    header = "<h1>" + subject + "</h1>"
    return header + "<p>" + greeting + "</p>{{ body }}" + FOOTER


@app.route("/newsletter/preview", methods=["POST"])
def preview():
    form = request.form
    template = build_template(form.get("subject", ""), form.get("greeting", "Hello"))
    return render_template_string(
        template,
        body=form.get("body", ""),
        unsubscribe_url="https://news.example.com/unsubscribe",
    )
