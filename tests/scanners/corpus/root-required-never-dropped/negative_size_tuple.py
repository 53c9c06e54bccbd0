"""Negative example for root-required-never-dropped: a long-running image service on port 8000 passes a
(width, height) pair below 1024 to Pillow; that is a size, not a privileged port."""

import io

from bottle import Bottle, request, response
from PIL import Image

app = Bottle()


@app.post("/shrink")
def shrink():
    img = Image.open(io.BytesIO(request.body.read()))
    img.thumbnail((256, 256))
    out = io.BytesIO()
    img.save(out, "PNG")
    response.content_type = "image/png"
    return out.getvalue()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000)
