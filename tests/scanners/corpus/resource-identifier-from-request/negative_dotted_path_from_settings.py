import importlib
import os

from flask import Flask, request

app = Flask(__name__)


def resolve(path):
    mod_path, cls_name = path.rsplit(":", 1)
    return getattr(importlib.import_module(mod_path), cls_name)


@app.post("/notify")
def notify():
    channel = resolve(os.environ.get("NOTIFY_BACKEND", "notify.mail:MailChannel"))
    channel().send(request.json.get("text", ""))
    return {"ok": True}
