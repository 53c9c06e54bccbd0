from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    ref = request.args.get("ref", "")
    html = "<html><body>"
    html += f"<h1>Welcome back, {name}!</h1>"
    if ref:
        html += "<p>You came from <a href='" + ref + "'>here</a>.</p>"
    html += "</body></html>"
    return html


if __name__ == "__main__":
    app.run()
