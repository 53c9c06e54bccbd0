import io
import os
import sys

from flask import Flask, request
from PIL import Image

app = Flask(__name__)
OUTPUT_DIR = os.environ.get("PREVIEW_DIR", "/srv/previews")


@app.post("/previews/<name>")
def make_preview(name):
    img = Image.open(io.BytesIO(request.get_data()))
    img.thumbnail((320, 320))
    img.save(os.path.join(OUTPUT_DIR, os.path.basename(name) + ".png"), "PNG")
    return {"ok": True}


if __name__ == "__main__":
    if os.geteuid() == 0:
        sys.exit("refusing to run as root; start as the 'preview' service account")
    app.run(host="0.0.0.0", port=8080)
