from html import escape

from bottle import Bottle, request, response

app = Bottle()


@app.get("/oops")
def oops():
    reason = request.query.getunicode("reason", "unknown")
    back = request.query.getunicode("from", "/")
    response.content_type = "text/html; charset=utf-8"
    return (
        "<html><body><h1>Something went wrong</h1>"
        f"<p>Reason: {escape(reason)}</p>"
        f"<a href=\"{escape(back if back.startswith('/') else '/')}\">Go back</a>"
        "</body></html>"
    )
