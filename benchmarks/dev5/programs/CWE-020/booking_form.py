import datetime as dt

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, field_validator

app = FastAPI()

MAX_PARTY = 12


class Booking(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    party_size: int = Field(ge=1, le=MAX_PARTY)
    date: dt.date
    phone: str = Field(pattern=r"^\+?[0-9 ]{7,20}$")

    @field_validator("date")
    @classmethod
    def not_in_past(cls, value):
        if value < dt.date.today():
            raise ValueError("date must be today or later")
        if value > dt.date.today() + dt.timedelta(days=180):
            raise ValueError("bookings open 180 days ahead")
        return value


BOOKINGS = []


@app.post("/bookings")
def create_booking(booking: Booking):
    taken = sum(b.party_size for b in BOOKINGS if b.date == booking.date)
    if taken + booking.party_size > 60:
        raise HTTPException(status_code=409, detail="fully booked")
    BOOKINGS.append(booking)
    return {"ok": True, "position": len(BOOKINGS)}
