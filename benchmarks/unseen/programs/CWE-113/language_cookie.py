from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/set-language")
def set_language():
    lang = request.args.get("lang", "en")
    resp = make_response("language updated")
    resp.headers["Content-Language"] = lang
    resp.headers["X-User-Lang"] = "lang=" + lang
    return resp
