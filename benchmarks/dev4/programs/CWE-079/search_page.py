from flask import Flask, request

app = Flask(__name__)

PRODUCTS = ["red shoe", "blue shoe", "green hat", "yellow scarf"]


def render_results(term, hits):
    rows = "".join(f"<li>{h}</li>" for h in hits)
    return f"""
    <html><body>
      <h2>Results for {term}</h2>
      <ul>{rows}</ul>
    </body></html>
    """


@app.route("/search")
def search():
    term = request.args.get("q", "")
    hits = [p for p in PRODUCTS if term.lower() in p]
    return render_results(term, hits)
