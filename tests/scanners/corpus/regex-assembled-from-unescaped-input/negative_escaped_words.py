"""Negative example for regex-assembled-from-unescaped-input: every word is passed through re.escape before it is joined into the pattern."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.get("/highlight")
def highlight():
    words = request.args.get("q", "").split()[:10]
    if not words:
        return ""
    pattern = "|".join(re.escape(w[:40]) for w in words)
    return re.sub(pattern, lambda m: f"[{m.group(0)}]", "text to search", flags=re.IGNORECASE)
