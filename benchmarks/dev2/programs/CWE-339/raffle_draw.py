import random
import sqlite3

from flask import Flask, jsonify, abort

from .auth import admin_required

app = Flask(__name__)
_rng = random.SystemRandom()


def entrants(conn):
    return [row[0] for row in conn.execute("SELECT ticket FROM raffle_entries")]


@app.post("/admin/raffle/draw")
@admin_required
def draw():
    conn = sqlite3.connect("raffle.db")
    tickets = entrants(conn)
    if not tickets:
        abort(409)
    winner = _rng.choice(tickets)
    conn.execute("INSERT INTO raffle_winners (ticket) VALUES (?)", (winner,))
    conn.commit()
    conn.close()
    return jsonify({"winner": winner})
