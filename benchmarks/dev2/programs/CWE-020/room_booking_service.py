from datetime import date

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI()

ROOMS = {"A101": 4, "B202": 10, "C303": 25}
bookings = []


class Booking(BaseModel):
    room: str = Field(..., pattern=r"^[A-C][0-9]{3}$")
    attendees: int = Field(..., ge=1, le=100)
    day: date


@app.post("/bookings")
def create_booking(booking: Booking):
    capacity = ROOMS.get(booking.room)
    if capacity is None:
        raise HTTPException(status_code=404, detail="no such room")
    if booking.attendees > capacity:
        raise HTTPException(status_code=422, detail="room too small")
    if booking.day < date.today():
        raise HTTPException(status_code=422, detail="date is in the past")
    bookings.append(booking)
    return {"id": len(bookings), "room": booking.room}


@app.get("/bookings")
def list_bookings(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    return bookings[offset:offset + limit]
