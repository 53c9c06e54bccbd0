"""Positive: posted notices are kept in a module list and formatted into <div> tags for every visitor without escaping."""
from flask import Flask, redirect, request

app = Flask(__name__)
BOARD = []


@app.post("/notices")
def add_notice():
    BOARD.append({"title": request.form["title"], "text": request.form["text"]})
    return redirect("/notices")


@app.get("/notices")
def notices():
    cards = "".join("<div class='notice'><h3>%s</h3>%s</div>" % (n["title"], n["text"]) for n in BOARD)
    return "<html><body>" + cards + "</body></html>"
