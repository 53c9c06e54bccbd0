import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


def build_command(src_name, width):
    src = shlex.quote(f"{UPLOADS}/{src_name}")
    dst = shlex.quote(f"{UPLOADS}/thumbs/{src_name}")
    return f"convert {src} -resize {int(width)}x {dst}"


@app.post("/thumbnail")
def thumbnail():
    name = request.form["image"]
    width = request.form.get("width", 200, type=int)
    proc = subprocess.run(build_command(name, width), shell=True, capture_output=True)
    if proc.returncode != 0:
        return {"status": "failed"}, 500
    return {"status": "ok"}
