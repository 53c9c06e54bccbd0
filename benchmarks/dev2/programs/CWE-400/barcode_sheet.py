import io

from flask import Flask, request, send_file
from PIL import Image, ImageDraw

app = Flask(__name__)


def draw_sheet(width: int, height: int, labels: list[str]) -> bytes:
    img = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(img)
    for i, text in enumerate(labels):
        pen.text((10, 10 + i * 20), text, fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@app.get("/labels/sheet.png")
def sheet():
    width = int(request.args.get("w", 800))
    height = int(request.args.get("h", 1100))
    copies = int(request.args.get("copies", 1))
    prefix = request.args.get("prefix", "ITEM")
    labels = [f"{prefix}-{n:06d}" for n in range(copies)]
    png = draw_sheet(width, height, labels)
    return send_file(io.BytesIO(png), mimetype="image/png")
