import os
import subprocess
import tempfile

from flask import Flask, request, send_file, abort
import io

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024


@app.post("/thumbnail")
def thumbnail():
    upload = request.files.get("image")
    if upload is None:
        abort(400)
    with tempfile.TemporaryDirectory(prefix="thumb-") as workdir:
        src = os.path.join(workdir, "source")
        dst = os.path.join(workdir, "thumb.png")
        upload.save(src)
        proc = subprocess.run(["convert", src, "-thumbnail", "256x256", dst],
                              capture_output=True, timeout=30)
        if proc.returncode != 0:
            abort(422)
        with open(dst, "rb") as fh:
            data = fh.read()
    return send_file(io.BytesIO(data), mimetype="image/png")
