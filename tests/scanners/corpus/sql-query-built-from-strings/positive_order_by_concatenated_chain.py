"""Positive: the ORDER BY column from the query string is concatenated into a longer chain; only the filter value is bound."""
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


class ShipmentStore:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def listing(self, depot, order_col, order_dir):
        sql = "SELECT id, eta, weight FROM shipments WHERE depot = %s ORDER BY " + order_col + " " + order_dir
        with self.conn.cursor() as cur:
            cur.execute(sql, (depot,))
            return cur.fetchall()


@app.get("/depots/<depot>/shipments")
def shipments(depot):
    store = ShipmentStore("dbname=logistics")
    return jsonify(store.listing(depot, request.args.get("order", "eta"), request.args.get("dir", "ASC")))
