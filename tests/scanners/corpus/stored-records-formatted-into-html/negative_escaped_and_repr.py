"""Negative: each stored value is escaped before it enters the markup; a __repr__ listing is not HTML."""
import html

from flask import Flask

app = Flask(__name__)
BOARD = []


@app.get("/notices")
def notices():
    cards = "".join(f"<div><h3>{html.escape(n['title'])}</h3>{html.escape(n['text'])}</div>" for n in BOARD)
    return "<html><body>" + cards + "</body></html>"


class Jar:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return ", ".join(f"<Cookie {c.name}={c.value}>" for c in self.items)
