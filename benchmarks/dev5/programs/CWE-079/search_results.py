from flask import Flask, request

app = Flask(__name__)

ITEMS = ["red chair", "blue table", "green lamp", "oak shelf"]


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [i for i in ITEMS if q.lower() in i]
    rows = "".join(f"<li>{h}</li>" for h in hits)
    return f"""
    <html><body>
      <h2>Results for "{q}"</h2>
      <ul>{rows}</ul>
    </body></html>
    """
