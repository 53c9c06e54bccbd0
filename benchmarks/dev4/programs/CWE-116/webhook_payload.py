import requests
from flask import Flask, request

app = Flask(__name__)
HOOK_URL = "https://hooks.example.com/notify"


def build_payload(user, message):
    return '{"channel": "support", "user": "%s", "text": "%s"}' % (user, message)


@app.route("/support/ping", methods=["POST"])
def ping_support():
    user = request.form.get("user", "anonymous")
    message = request.form.get("message", "")
    payload = build_payload(user, message)
    resp = requests.post(HOOK_URL, data=payload,
                         headers={"Content-Type": "application/json"}, timeout=5)
    return {"forwarded": resp.status_code == 200}
