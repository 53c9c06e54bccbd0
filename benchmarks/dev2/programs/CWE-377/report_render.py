import subprocess
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


def render_pdf(html: str) -> str:
    src = tempfile.mktemp(suffix=".html")
    out = tempfile.mktemp(suffix=".pdf")
    with open(src, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return out


@app.post("/reports/pdf")
def report_pdf():
    html = request.get_json()["html"]
    return send_file(render_pdf(html), mimetype="application/pdf")
