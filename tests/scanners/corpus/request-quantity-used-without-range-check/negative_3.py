"""Negative example for request-quantity-used-without-range-check: Query(ge=..., le=...) bounds the value."""
from fastapi import FastAPI, Query

app = FastAPI()
points = {"member": 500}


@app.post("/redeem")
def redeem(member: str, reward_points: int = Query(ge=1, le=100)):
    points[member] -= reward_points
    return {"left": points[member]}
