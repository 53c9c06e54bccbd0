"""Search helpdesk ticket subjects for a user-supplied phrase."""
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def phrase_regex(phrase):
    words = phrase.split()[:10]
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)


@app.route("/tickets/search")
def ticket_search():
    phrase = request.args.get("q", "")[:200]
    if not phrase.strip():
        return jsonify(results=[])
    regex = phrase_regex(phrase)
    conn = sqlite3.connect("helpdesk.db")
    rows = conn.execute("SELECT id, subject FROM tickets ORDER BY id DESC LIMIT 5000").fetchall()
    conn.close()
    return jsonify(results=[{"id": i, "subject": s} for i, s in rows if regex.search(s)])
