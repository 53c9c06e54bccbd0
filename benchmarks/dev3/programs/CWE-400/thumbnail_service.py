import io

from flask import Flask, abort, request, send_file
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
Image.MAX_IMAGE_PIXELS = 40_000_000

ALLOWED_WIDTHS = {64, 128, 256, 512}


@app.post("/thumbnail")
def thumbnail():
    width = request.args.get("w", default=128, type=int)
    if width not in ALLOWED_WIDTHS:
        abort(400, "unsupported width")
    upload = request.files.get("image")
    if upload is None:
        abort(400)
    try:
        img = Image.open(upload.stream)
        img.thumbnail((width, width))
    except (Image.DecompressionBombError, OSError):
        abort(422, "cannot process image")
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=85)
    out.seek(0)
    return send_file(out, mimetype="image/jpeg")
