from flask import Flask, request

app = Flask(__name__)

PRODUCTS = ["red kettle", "blue kettle", "toaster", "coffee grinder"]


@app.route("/search")
def search():
    term = request.args.get("q", "")
    hits = [p for p in PRODUCTS if term.lower() in p]
    items = "".join(f"<li>{p}</li>" for p in hits)
    return f"""
    <html><body>
      <h2>Results for "{term}"</h2>
      <ul>{items}</ul>
      <p>{len(hits)} product(s) found.</p>
    </body></html>
    """
