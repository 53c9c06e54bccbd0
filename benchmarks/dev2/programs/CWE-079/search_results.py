import html

from bottle import Bottle, request, response

app = Bottle()
CATALOG = ["red shoes", "blue shirt", "green hat", "red scarf"]


@app.get("/search")
def search():
    term = request.query.getunicode("q", default="")
    hits = [item for item in CATALOG if term.lower() in item]
    rows = "".join(f"<li>{html.escape(item)}</li>" for item in hits)
    response.content_type = "text/html; charset=utf-8"
    return (
        "<html><body>"
        f"<h2>Results for &quot;{html.escape(term)}&quot;</h2>"
        f"<ul>{rows}</ul>"
        "</body></html>"
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)
