import html

from flask import Flask, request

app = Flask(__name__)

ARTICLES = {"python": "Python tips", "flask": "Flask patterns", "sql": "SQL basics"}


@app.route("/articles")
def articles():
    term = request.args.get("q", "")
    hits = [title for key, title in ARTICLES.items() if term.lower() in key]
    rows = "".join("<li>{}</li>".format(html.escape(t)) for t in hits)
    return (
        "<html><body><h2>Results for &quot;"
        + html.escape(term, quote=True)
        + "&quot;</h2><ul>"
        + rows
        + "</ul></body></html>"
    )
