"""Positive: a request value read with .get(key, "") (not a constant map) is put into the SQL text with an f-string."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/books")
def books():
    author = request.args.get("author", "")
    query = f"SELECT title FROM books WHERE author = '{author}'"
    return {"titles": [r[0] for r in sqlite3.connect("lib.db").execute(query)]}
