import os
import subprocess
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/render")
def render_pdf():
    html = request.get_data(as_text=True)
    src = tempfile.mktemp(suffix=".html")
    out = src.replace(".html", ".pdf")
    with open(src, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True, timeout=60)
    os.remove(src)
    return send_file(out, mimetype="application/pdf")
