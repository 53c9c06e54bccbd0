import hmac
import os

from bottle import abort, request, response, route, run, template

FORM = """<form method="post" action="/transfer">
<input type="hidden" name="csrf" value="{{token}}">
<input name="to"><input name="amount"><button>Send</button></form>"""


def issue_token():
    token = os.urandom(32).hex()
    response.set_cookie("csrf", token, httponly=True, secure=True, samesite="strict")
    return token


@route("/transfer")
def show_form():
    return template(FORM, token=issue_token())


@route("/transfer", method="POST")
def do_transfer():
    cookie = request.get_cookie("csrf") or ""
    sent = request.forms.get("csrf") or ""
    if not cookie or not hmac.compare_digest(cookie, sent):
        abort(403, "invalid csrf token")
    return {"queued": True, "to": request.forms.get("to")}


if __name__ == "__main__":
    run(host="127.0.0.1", port=8080)
