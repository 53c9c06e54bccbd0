import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created")
    conn = psycopg2.connect("dbname=shop")
    with conn.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE status = '" + status + "' ORDER BY " + sort)
        rows = cur.fetchall()
    conn.close()
    return jsonify(rows)
