from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

ROWS, SEATS_PER_ROW = 10, 12
seating = [[None] * SEATS_PER_ROW for _ in range(ROWS)]


class Reservation(BaseModel):
    row: int
    seat: int
    name: str


@app.post("/reserve")
def reserve(req: Reservation):
    if not (0 <= req.row < ROWS) or not (0 <= req.seat < SEATS_PER_ROW):
        raise HTTPException(status_code=404, detail="no such seat")
    if seating[req.row][req.seat] is not None:
        raise HTTPException(status_code=409, detail="seat taken")
    seating[req.row][req.seat] = req.name
    return {"ok": True}


@app.get("/rows/{row}")
def row_status(row: int):
    if row < 0 or row >= ROWS:
        raise HTTPException(status_code=404, detail="no such row")
    return {"row": row, "free": [i for i in range(SEATS_PER_ROW) if seating[row][i] is None]}
