from flask import Flask, request, make_response

app = Flask(__name__)
LANGS = {"en", "de", "fr", "nl", "es"}


@app.route("/set-language")
def set_language():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response("language updated")
    resp.headers["Content-Language"] = lang
    resp.set_cookie("lang", lang, samesite="Lax")
    return resp
