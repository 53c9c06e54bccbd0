"""Positive example for request-quantity-used-without-range-check: a typed FastAPI parameter is not a bound."""
from fastapi import FastAPI

app = FastAPI()
points = {"member": 500}


@app.post("/redeem")
def redeem(member: str, reward_points: int):
    points[member] -= reward_points
    return {"left": points[member]}
