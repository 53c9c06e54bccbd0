from flask import Flask, jsonify, request


class Theater:
    def __init__(self, rows, seats_per_row):
        self.seats_per_row = seats_per_row
        self.rows = [[None] * seats_per_row for _ in range(rows)]

    def reserve(self, row, seat, holder):
        if row < 0 or row > len(self.rows):
            raise ValueError("no such row")
        if seat < 0 or seat > self.seats_per_row:
            raise ValueError("no such seat")
        if self.rows[row][seat] is not None:
            raise ValueError("seat taken")
        self.rows[row][seat] = holder


app = Flask(__name__)
hall = Theater(rows=10, seats_per_row=12)


@app.route("/reserve", methods=["POST"])
def reserve():
    data = request.get_json()
    try:
        hall.reserve(int(data["row"]), int(data["seat"]), data["name"])
    except ValueError as exc:
        return jsonify(error=str(exc)), 409
    return jsonify(ok=True)
