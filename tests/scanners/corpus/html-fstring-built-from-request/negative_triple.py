"""Negative example for html-fstring-built-from-request: the value is escaped before the template."""
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    term = escape(request.args.get("q", ""))
    return f"""
    <section>
      <p>No results for {term}</p>
    </section>
    """
