from flask import Flask, request

app = Flask(__name__)

EXPORT_DEFAULTS = {"format": "csv", "allowed_tables": ["orders"], "limit": 1000}


def options(body):
    chosen = EXPORT_DEFAULTS.copy()
    chosen.update(body.get("options", {}))
    return chosen


@app.post("/export")
def export():
    opts = options(request.get_json())
    return {"tables": opts["allowed_tables"], "format": opts["format"]}
