import os
import traceback

import psycopg2
from flask import Flask, request

app = Flask(__name__)
DSN = os.environ.get("MEDIA_DSN", "postgresql://uploader@db.internal:5432/media")


def store(name, data):
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO uploads (name, size, content) VALUES (%s, %s, %s)",
                    (name, len(data), psycopg2.Binary(data)))


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    try:
        store(f.filename, f.read())
    except Exception:
        return "<pre>Upload failed:\n" + traceback.format_exc() + "</pre>", 500
    return "stored", 201
