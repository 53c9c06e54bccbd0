"""Negative example for template-marks-value-safe: a module helper runs nh3.clean before |safe."""

import nh3
from quart import Quart, render_template_string, request

app = Quart(__name__)
BIO = "<section>{{ bio_html|safe }}</section>"


def tidy(markup):
    allowed = {"b", "i", "p"}
    return nh3.clean(markup, tags=allowed)


@app.post("/bio")
async def bio():
    form = await request.form
    bio_html = tidy(form["bio"])
    return await render_template_string(BIO, bio_html=bio_html)
