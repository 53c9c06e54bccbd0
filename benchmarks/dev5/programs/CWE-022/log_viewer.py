from pathlib import Path

from flask import Flask, abort, request, Response

app = Flask(__name__)
LOG_ROOT = Path("/var/log/myapp").resolve()


def resolve_log(relative):
    candidate = (LOG_ROOT / relative).resolve()
    if not candidate.is_relative_to(LOG_ROOT):
        return None
    return candidate


@app.route("/logs")
def view_log():
    rel = request.args.get("path", "app.log")
    target = resolve_log(rel)
    if target is None or not target.is_file():
        abort(404)
    lines = target.read_text(errors="replace").splitlines()[-200:]
    return Response("\n".join(lines), mimetype="text/plain")
