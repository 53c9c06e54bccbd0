import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    raw = request.cookies.get("session", "")
    session = pickle.loads(base64.b64decode(raw)) if raw else {}
    return "Hello " + str(session.get("user", "anonymous"))
