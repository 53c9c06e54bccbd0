import io
import os
import sys

from flask import Flask, request
from PIL import Image

app = Flask(__name__)
OUTPUT_DIR = "/var/www/static/thumbs"


@app.post("/thumbs/<name>")
def make_thumb(name):
    img = Image.open(io.BytesIO(request.get_data()))
    img.thumbnail((256, 256))
    img.save(os.path.join(OUTPUT_DIR, os.path.basename(name) + ".png"), "PNG")
    return {"ok": True}


if __name__ == "__main__":
    # /var/www is root-owned, so the service needs root to write there
    if os.geteuid() != 0:
        sys.exit("please run with sudo")
    app.run(host="0.0.0.0", port=8000)
