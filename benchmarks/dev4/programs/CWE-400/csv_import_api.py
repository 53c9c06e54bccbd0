import csv
import io

from flask import Flask, jsonify, request

app = Flask(__name__)


def parse_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    return [row for row in reader]


@app.post("/contacts/import")
def import_contacts():
    raw = request.get_data()
    text = raw.decode("utf-8", errors="replace")
    rows = parse_rows(text)
    seen = {}
    for row in rows:
        email = (row.get("email") or "").strip().lower()
        if email:
            seen[email] = row
    return jsonify({"rows": len(rows), "unique": len(seen)})


@app.get("/contacts/search")
def search():
    term = request.args.get("q", "")
    limit = int(request.args.get("limit", "50"))
    results = [{"email": f"user{i}@example.com"} for i in range(limit) if term in f"user{i}"]
    return jsonify(results)


if __name__ == "__main__":
    app.run()
