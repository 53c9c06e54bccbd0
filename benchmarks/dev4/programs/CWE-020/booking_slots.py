from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

ROOMS = {"A": 8, "B": 12, "C": 20}
bookings = []


class BookingRequest(BaseModel):
    room: str = Field(min_length=1, max_length=1)
    attendees: int = Field(ge=1, le=50)
    hours: int = Field(ge=1, le=8)


def check_capacity(room, attendees):
    capacity = ROOMS.get(room)
    if capacity is None:
        raise HTTPException(status_code=404, detail="no such room")
    if attendees > capacity:
        raise HTTPException(status_code=422, detail="room too small")


@app.post("/bookings")
def book(req: BookingRequest):
    check_capacity(req.room, req.attendees)
    entry = {"room": req.room, "attendees": req.attendees, "hours": req.hours}
    bookings.append(entry)
    return {"ok": True, "booking": entry, "count": len(bookings)}
