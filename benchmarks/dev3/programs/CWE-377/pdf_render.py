import os
import subprocess
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/render")
def render():
    html = request.get_data(as_text=True)
    src = tempfile.mktemp(suffix=".html")
    out = tempfile.mktemp(suffix=".pdf")
    with open(src, "w") as fh:
        fh.write(html)
    try:
        subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True, timeout=60)
        return send_file(out, mimetype="application/pdf")
    finally:
        os.remove(src)
