"""Positive example for html-fstring-built-from-request: a triple-quoted page template."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    return f"""
    <section>
      <p>No results for {term}</p>
    </section>
    """
