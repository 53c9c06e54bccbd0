import base64
import json

from flask import Flask, request, jsonify

app = Flask(__name__)
DEFAULTS = {"theme": "light", "page_size": 20}


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    settings = dict(DEFAULTS)
    if raw:
        try:
            decoded = json.loads(base64.urlsafe_b64decode(raw.encode()).decode())
            if isinstance(decoded, dict):
                settings.update({k: v for k, v in decoded.items() if k in DEFAULTS})
        except (ValueError, UnicodeDecodeError):
            pass
    return jsonify(settings)
