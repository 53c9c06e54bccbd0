import io
import contextlib

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/playground/run")
def run_snippet():
    source = request.get_json(force=True).get("code", "")
    buffer = io.StringIO()
    scope: dict = {}
    with contextlib.redirect_stdout(buffer):
        try:
            exec(source, scope)
        except Exception as exc:  # report errors back to the user
            print(f"error: {exc}")
    return jsonify(output=buffer.getvalue())
